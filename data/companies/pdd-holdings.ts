import type { Company } from '../../src/data/schema';

export default {
  id: 'company:pdd-holdings',
  kind: 'company',
  name: 'PDD Holdings',
  names: { zh: '拼多多', pinyin: 'Pīnduōduō' },
  aliases: ['Pinduoduo', 'Temu', { text: 'PDD', exactCase: true }, 'PDD Holdings Inc', 'Pinduoduo Inc'],
  summary:
    'Owner of Pinduoduo, a group-buying shopping app aimed at bargain hunters and farm produce, and of the overseas marketplace Temu; formerly Pinduoduo Inc., renamed in 2023.',
  founded: {
    value: 2015,
    source:
      'https://english.elpais.com/economy-and-business/2023-06-28/the-chinese-company-that-wants-you-to-buy-like-a-billionaire-is-scrambling-to-avoid-a-us-ban.html',
    note: 'as Pinduoduo',
  },
  headquarters: 'city:shanghai',
  founders: ['Colin Huang (Huang Zheng)'],
  sectors: ['e-commerce', 'social commerce', 'cross-border e-commerce'],
  listings: [{ exchange: 'NASDAQ', ticker: 'PDD', since: 2018 }],
  revenue: {
    value: 393_800_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.nasdaq.com/articles/pdd-holdings-inc-reports-strong-financial-results-q4-and-fiscal-year-2024',
    note: 'fiscal year 2024 (up 59%), from its results as summarised by Nasdaq.com',
  },
  related: ['company:alibaba', 'company:jd-com', 'company:tencent', 'city:shanghai', 'policy:cross-border-ecommerce-zones'],
  sources: [
    'https://www.nasdaq.com/articles/pdd-holdings-inc-reports-strong-financial-results-q4-and-fiscal-year-2024',
    'https://en.wikipedia.org/wiki/Pinduoduo',
    'https://english.elpais.com/economy-and-business/2023-06-28/the-chinese-company-that-wants-you-to-buy-like-a-billionaire-is-scrambling-to-avoid-a-us-ban.html',
    'https://www.semafor.com/article/05/03/2023/pinduoduo-ireland-dublin-temu',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Shanghai', source: 'https://www.semafor.com/article/05/03/2023/pinduoduo-ireland-dublin-temu' },
        { value: 'Dublin', source: 'https://www.semafor.com/article/05/03/2023/pinduoduo-ireland-dublin-temu' },
      ],
      note: 'The company moved its registered head office from Shanghai to Dublin in 2023; Pinduoduo still operates from Shanghai.',
    },
  ],
} satisfies Company;
