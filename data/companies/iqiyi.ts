import type { Company } from '../../src/data/schema';

export default {
  id: 'company:iqiyi',
  kind: 'company',
  name: 'iQiyi',
  names: { zh: '爱奇艺', zhHant: '愛奇藝', pinyin: 'Àiqíyì' },
  aliases: ['iQIYI Inc', 'Aiqiyi'],
  summary:
    "Beijing-based online video streaming service, often called China's Netflix, with Baidu as its major shareholder. It sells memberships and advertising around licensed and self-produced dramas, films and variety shows, and listed on Nasdaq in 2018.",
  founded: { value: 2010, source: 'https://www.shine.cn/biz/tech/1803302495/' },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['online video', 'streaming', 'content production'],
  listings: [],
  parent: 'company:baidu',
  revenue: {
    value: 29_230_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.nasdaq.com/articles/iqiyi-inc-reports-q4-and-fiscal-year-2024-financial-results-significant-year-over-year',
    note: 'fiscal year 2024 total revenues, down 8% on 2023',
  },
  related: ['company:baidu', 'city:beijing', 'company:tencent', 'company:alibaba', 'company:bilibili'],
  sources: [
    'https://www.shine.cn/biz/tech/1803302495/',
    'https://ir.iqiyi.com/node/8726/html',
    'https://www.nasdaq.com/articles/iqiyi-inc-reports-q4-and-fiscal-year-2024-financial-results-significant-year-over-year',
  ],
} satisfies Company;
