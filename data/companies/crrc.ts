import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/CRRC';

export default {
  id: 'company:crrc',
  kind: 'company',
  name: 'CRRC',
  names: { zh: '中国中车', zhHant: '中國中車', pinyin: 'Zhōngguó Zhōngchē' },
  aliases: [
    { text: 'CRRC', exactCase: true },
    'CRRC Corporation',
    'CRRC Corporation Limited',
    'China Railway Rolling Stock Corporation',
    '中车',
    '中国中车股份有限公司',
  ],
  summary:
    "State-controlled Beijing maker of high-speed trains, locomotives, metro cars and freight wagons, created by merging the rival rolling-stock groups CNR and CSR; it is the world's largest rolling-stock manufacturer.",
  founded: { value: 2015, source: WIKI, note: 'merger of China CNR and CSR took effect on 1 June 2015' },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['rolling stock', 'high-speed rail', 'rail transit equipment'],
  listings: [],
  employees: { value: 175_700, unit: 'employees', year: 2015, source: WIKI, note: 'at the merger' },
  related: ['city:beijing', 'policy:belt-and-road', 'policy:made-in-china-2025'],
  sources: [WIKI],
} satisfies Company;
