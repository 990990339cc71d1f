import type { Company } from '../../src/data/schema';

export default {
  id: 'company:china-mobile',
  kind: 'company',
  name: 'China Mobile',
  names: { zh: '中国移动', zhHant: '中國移動', pinyin: 'Zhōngguó Yídòng' },
  aliases: [
    'China Mobile Limited',
    'China Mobile Ltd',
    'China Mobile Communications',
    'China Mobile Communications Group',
    { text: 'CMCC', exactCase: true },
    '中国移动通信',
    '中國移動通信',
  ],
  summary:
    "State-controlled telecom operator with the world's largest mobile network and customer base, now also selling broadband, cloud and data-centre services; its Hong Kong-listed arm added Shanghai A shares in 2022 after leaving the NYSE in 2021.",
  founded: {
    value: 1997,
    source: 'https://chinamobileltd.com/en/about/overview.php',
    note: 'China Mobile Limited incorporated in Hong Kong, 3 September 1997',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['telecommunications', 'mobile networks', 'cloud computing'],
  listings: [
    { exchange: 'HKEX', ticker: '0941', since: 1997 },
    { exchange: 'SSE', ticker: '600941', since: 2022 },
  ],
  revenue: {
    value: 1_040_759_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.chinamobileltd.com/en/ir/financial.php',
    note: 'operating revenue for 2024, up 3.1%, from the investor-relations page of China Mobile Limited',
  },
  related: ['city:beijing', 'city:hong-kong'],
  sources: [
    'https://chinamobileltd.com/en/about/overview.php',
    'https://en.wikipedia.org/wiki/China_Mobile',
    'https://www.chinamobileltd.com/en/ir/financial.php',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Beijing', source: 'https://en.wikipedia.org/wiki/China_Mobile' },
        { value: 'Hong Kong', source: 'https://chinamobileltd.com/en/about/overview.php' },
      ],
      note: 'The state parent is run from Financial Street in Beijing; the listed China Mobile Limited has its registered office in Hong Kong.',
    },
  ],
} satisfies Company;
