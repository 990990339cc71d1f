import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Dongfeng_Motor_Corporation';

export default {
  id: 'company:dongfeng-motor',
  kind: 'company',
  name: 'Dongfeng Motor',
  names: { zh: '东风汽车', zhHant: '東風汽車', pinyin: 'Dōngfēng Qìchē' },
  aliases: [
    'Dongfeng',
    'Dongfeng Motor Corporation',
    'Dongfeng Motor Group',
    'Second Automobile Works',
    '东风汽车集团',
    '東風汽車集團',
    '东风公司',
  ],
  summary:
    'Central state-owned carmaker in Wuhan, begun in 1969 as the inland Second Automobile Works; it makes Honda, Nissan and Peugeot-Citroën models in joint ventures and its own Voyah, Aeolus and Forthing brands.',
  founded: { value: 1969, source: WIKI, note: 'as the Second Automobile Works' },
  headquarters: 'city:wuhan',
  founders: [],
  sectors: ['automobiles', 'trucks', 'electric vehicles', 'joint ventures'],
  listings: [],
  revenue: { value: 601_501_280_000, unit: 'CNY', year: 2018, source: WIKI, note: 'as given by Wikipedia' },
  related: ['company:faw-group', 'company:saic-motor', 'company:changan', 'city:wuhan'],
  sources: [WIKI],
} satisfies Company;
