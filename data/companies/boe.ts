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
    source: 'https://en.wikipedia.org/wiki/BOE_Technology',
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
    source: 'https://en.wikipedia.org/wiki/BOE_Technology',
  },
  related: ['company:tcl', 'city:beijing', 'city:hefei', 'city:chengdu', 'city:chongqing'],
  sources: ['https://en.wikipedia.org/wiki/BOE_Technology'],
} satisfies Company;
