import type { Company } from '../../src/data/schema';

export default {
  id: 'company:smic',
  kind: 'company',
  name: 'SMIC',
  names: { zh: '中芯国际', zhHant: '中芯國際', pinyin: 'Zhōngxīn Guójì' },
  aliases: [
    { text: 'SMIC', exactCase: true },
    'Semiconductor Manufacturing International',
    'Semiconductor Manufacturing International Corporation',
    'Semiconductor Manufacturing International Corp',
  ],
  summary:
    "Mainland China's largest contract chipmaker, founded in Shanghai's Zhangjiang park by Richard Chang; listed in Hong Kong and New York in 2004, it left the New York exchange in 2019.",
  founded: {
    value: 2000,
    source: 'https://www.globaltimes.cn/page/202006/1193015.shtml',
    note: 'Shanghai; incorporated in the Cayman Islands',
  },
  headquarters: 'city:shanghai',
  founders: ['Richard Chang'],
  sectors: ['semiconductors', 'chip foundry'],
  listings: [
    { exchange: 'HKEX', ticker: '0981', since: 2004 },
    { exchange: 'SSE STAR', ticker: '688981', since: 2020 },
  ],
  revenue: {
    value: 9_330_000_000,
    unit: 'USD',
    year: 2025,
    source: 'https://amp.kr-asia.com/smic-posts-revenue-growth-in-q4-as-expansion-weighs-on-margins',
    note: 'unaudited, year 2025 (up about 16.2%), as reported by KrASIA',
  },
  related: ['city:shanghai', 'zone:zhangjiang', 'company:huawei', 'company:hua-hong', 'policy:star-market', 'policy:made-in-china-2025'],
  sources: [
    'https://amp.kr-asia.com/smic-posts-revenue-growth-in-q4-as-expansion-weighs-on-margins',
    'https://www.globaltimes.cn/page/202006/1193015.shtml',
  ],
} satisfies Company;
