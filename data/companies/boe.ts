import type { Company } from '../../src/data/schema';

export default {
  id: 'company:boe',
  kind: 'company',
  name: 'BOE Technology',
  names: { zh: '京东方', zhHant: '京東方', pinyin: 'Jīngdōngfāng' },
  // "BoE" is the Bank of England; all-caps "BOE" still needs context.
  aliases: [
    { text: 'BOE', exactCase: true, needsContext: 'other-entity' },
    'BOE Technology Group',
    'Beijing Oriental Electronics',
    'Jingdongfang',
    '京东方科技',
    '京東方科技',
  ],
  summary:
    "Beijing maker of LCD, OLED and flexible display panels, grown from a state electron-tube factory into one of the world's largest panel suppliers.",
  founded: {
    value: 1993,
    source: 'https://hessslslslsls.azureedge.net/wiki/BOE_Technology',
    note: 'April 1993, as Beijing Oriental Electronics Group; renamed 2001',
  },
  headquarters: 'city:beijing',
  founders: ['Wang Dongsheng'],
  sectors: ['display panels', 'semiconductors', 'IoT'],
  listings: [
    { exchange: 'SZSE', ticker: '000725' },
    { exchange: 'SZSE', ticker: '200725', since: 1997 },
  ],
  revenue: {
    value: 219.442e9,
    unit: 'CNY',
    year: 2021,
    source: 'https://hessslslslsls.azureedge.net/wiki/BOE_Technology',
  },
  related: ['company:tcl', 'city:beijing', 'city:hefei', 'city:chengdu', 'city:chongqing'],
  sources: [
    'https://hessslslslsls.azureedge.net/wiki/BOE_Technology',
    'https://worldkings.org/news/world-almanac-achievement-academy/worldkings-wowtimes-almanac-events-achievements-2022-milestones-during-29-years-development-of-boe-technology-one-of-world-s-largest-lcd-manufacturers-1993',
    'https://www.9fzt.com/detail/sz_200725_9_e55e7c048f9989a49684b982eb3fd250.html',
  ],
} satisfies Company;
