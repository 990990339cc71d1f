import type { City } from '../../src/data/schema';

export default {
  id: 'city:dongguan',
  kind: 'city',
  name: 'Dongguan',
  names: { zh: '东莞', zhHant: '東莞', pinyin: 'Dōngguǎn' },
  aliases: ['Dongguan City'],
  summary:
    'Pearl River Delta manufacturing city between Guangzhou and Shenzhen, long called a “world factory” for electronics and consumer goods.',
  province: 'Guangdong',
  population: {
    value: 10_466_625,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Dongguan',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['electronics manufacturing', 'smartphone assembly', 'furniture', 'textiles'],
  zones: ['zone:songshan-lake'],
  related: ['city:shenzhen', 'city:guangzhou', 'zone:pearl-river-delta', 'zone:greater-bay-area', 'company:oppo', 'company:vivo'],
  sources: ['https://en.wikipedia.org/wiki/Dongguan', 'https://sourcing.hktdc.com/en/info/featured-suppliers/GuangdongDongguan/index.html'],
} satisfies City;
