import type { Company } from '../../src/data/schema';

const CHINANEWS_JP = 'https://chinanews.jp/archives/12699';
const SIMPLY_WALL_ST = 'https://simplywall.st/stocks/cn/capital-goods/szse-300014/eve-energy-shares';
const SCMP = 'https://www.scmp.com/business/china-business/article/3316343/chinese-ev-battery-firm-eve-energy-fund-malaysia-plant-hong-kong-listing-proceeds';
const YICAI = 'https://yicaiglobal.com/news/chinas-eve-energy-jumps-after-malaysian-plant-bags-big-battery-supply-deal-from-american-client';

export default {
  id: 'company:eve-energy',
  kind: 'company',
  name: 'EVE Energy',
  names: { zh: '亿纬锂能', zhHant: '億緯鋰能', pinyin: 'Yìwěi Lǐnéng' },
  aliases: [{ text: 'EVE', exactCase: true, needsContext: 'other-entity' }, 'EVE Energy Co.', 'Eve Energy', 'EVE Battery', '惠州亿纬锂能'],
  summary:
    "Huizhou, Guangdong, battery maker whose range runs from primary lithium cells to electric-vehicle and energy-storage batteries; it is among the world's largest suppliers of storage cells and is building plants in Malaysia.",
  founded: { value: 2001, source: CHINANEWS_JP },
  headquarters: 'city:huizhou',
  founders: [],
  sectors: ['batteries', 'energy storage', 'electric vehicles'],
  listings: [{ exchange: 'SZSE ChiNext', ticker: '300014', since: 2009 }],
  related: ['company:catl', 'company:calb', 'company:gotion', 'company:byd'],
  sources: [CHINANEWS_JP, SIMPLY_WALL_ST, SCMP, YICAI],
} satisfies Company;
