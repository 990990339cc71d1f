import type { City } from '../../src/data/schema';

export default {
  id: 'city:shanghai',
  kind: 'city',
  name: 'Shanghai',
  names: { zh: '上海', pinyin: 'Shànghǎi' },
  aliases: ['Shanghai Municipality', 'Shanghai City'],
  summary:
    'Directly administered municipality at the mouth of the Yangtze and mainland China’s financial centre, with large chip, biotech and car industries around Pudong.',
  province: 'municipality',
  population: {
    value: 24_874_500,
    unit: 'people',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Shanghai',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 5_670_000_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://en.people.cn/n3/2026/0121/c90000-20417042.html',
    note: 'more than 5.67 trillion yuan, Shanghai Municipal Bureau of Statistics',
  },
  knownFor: ['finance', 'semiconductors', 'biotech', 'automotive', 'shipping'],
  zones: ['zone:zhangjiang', 'zone:lingang', 'zone:shanghai-ftz', 'zone:pudong'],
  related: ['zone:yangtze-river-delta', 'city:suzhou', 'city:hangzhou', 'policy:star-market'],
  sources: [
    'https://en.wikipedia.org/wiki/Shanghai',
    'https://en.people.cn/n3/2026/0121/c90000-20417042.html',
    'https://www.chinadailyhk.com/article/627512',
  ],
} satisfies City;
