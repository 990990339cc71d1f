import type { Company } from '../../src/data/schema';

const CHINANEWS_JP = 'https://chinanews.jp/archives/12699';
const SCMP =
  'https://www.scmp.com/business/china-business/article/3316343/chinese-ev-battery-firm-eve-energy-fund-malaysia-plant-hong-kong-listing-proceeds';
const YICAI =
  'https://yicaiglobal.com/news/chinas-eve-energy-jumps-after-malaysian-plant-bags-big-battery-supply-deal-from-american-client';

export default {
  id: 'company:eve-energy',
  kind: 'company',
  name: 'EVE Energy',
  names: { zh: '亿纬锂能', zhHant: '億緯鋰能', pinyin: 'Yìwěi Lǐnéng' },
  aliases: [{ text: 'EVE', exactCase: true, needsContext: 'other-entity' }, 'EVE Energy Co.', 'Eve Energy', 'EVE Battery', '惠州亿纬锂能'],
  summary:
    "Huizhou, Guangdong, lithium-battery maker, listed on Shenzhen's ChiNext board since 2009, that supplies electric-vehicle and energy-storage cells; it ranked third in the world for storage-cell shipments in 2022 and 2023 and is building plants in Malaysia.",
  founded: { value: 2001, source: CHINANEWS_JP },
  headquarters: 'city:huizhou',
  founders: [],
  sectors: ['batteries', 'energy storage', 'electric vehicles'],
  // The ChiNext ticker appeared only on a stock-analysis site, not in the sources below.
  listings: [],
  related: ['company:catl', 'company:calb', 'company:gotion', 'company:byd'],
  sources: [CHINANEWS_JP, SCMP, YICAI],
} satisfies Company;
