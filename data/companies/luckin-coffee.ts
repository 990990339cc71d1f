import type { Company } from '../../src/data/schema';

export default {
  id: 'company:luckin-coffee',
  kind: 'company',
  name: 'Luckin Coffee',
  names: { zh: '瑞幸咖啡', pinyin: 'Ruìxìng Kāfēi' },
  aliases: ['Luckin', 'Luckin Coffee Inc', '瑞幸'],
  summary:
    'App-only coffee chain that grew faster than Starbucks in China with small pick-up stores and heavy discounts. An accounting fraud uncovered in 2020 got it thrown off Nasdaq, yet the chain kept expanding under new owners.',
  founded: { value: 2017, source: 'https://en.wikipedia.org/wiki/Luckin_Coffee', note: 'October 2017, in Beijing' },
  headquarters: 'city:xiamen',
  founders: ['Jenny Qian Zhiya', 'Charles Zhengyao Lu'],
  sectors: ['coffee chain', 'food and beverage', 'mobile ordering'],
  listings: [],
  status: {
    state: 'delisted',
    year: 2020,
    note: 'removed from Nasdaq on 29 June 2020 after admitting it had inflated its 2019 sales; it kept operating',
    source: 'https://en.wikipedia.org/wiki/Luckin_Coffee',
  },
  revenue: {
    value: 618_000_000,
    unit: 'USD',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Luckin_Coffee',
    note: 'fiscal year 2020',
  },
  related: ['city:xiamen', 'city:beijing', 'company:tencent'],
  sources: ['https://en.wikipedia.org/wiki/Luckin_Coffee'],
} satisfies Company;
