import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Anhui_Jianghuai_Automobile';
const SCMP = 'https://www.scmp.com/business/companies/article/3086297/volkswagen-final-talks-pay-us491-million-electric-carmaker-anhui';
const VW_CHINA = 'https://m.volkswagengroupchina.com.cn/en/partner';

export default {
  id: 'company:jac-group',
  kind: 'company',
  name: 'JAC Group',
  names: { zh: '江淮汽车', zhHant: '江淮汽車', pinyin: 'Jiānghuái Qìchē' },
  aliases: [
    { text: 'JAC', exactCase: true, needsContext: 'abbreviation' },
    'JAC Motors',
    'Anhui Jianghuai Automobile',
    'Jianghuai Automobile',
    'Anhui Jianghuai Automobile Group',
    '江淮汽车集团',
    '安徽江淮汽车股份有限公司',
  ],
  summary:
    'State-owned Hefei maker of trucks, buses and cars; Volkswagen bought half of its parent group in 2020 and controls their electric-car joint venture, Volkswagen (Anhui).',
  founded: { value: 1964, source: WIKI, note: 'as Hefei Jianghuai Automobile Factory' },
  headquarters: 'city:hefei',
  founders: [],
  sectors: ['automobiles', 'trucks', 'electric vehicles'],
  listings: [],
  related: ['company:chery', 'company:gotion', 'city:hefei'],
  sources: [WIKI, SCMP, VW_CHINA],
} satisfies Company;
