import type { City } from '../../src/data/schema';

export default {
  id: 'city:baoding',
  kind: 'city',
  name: 'Baoding',
  names: { zh: '保定', pinyin: 'Bǎodìng' },
  aliases: ['Paoting', 'Baoding City'],
  summary:
    'Hebei city about 150 km south-west of Beijing, once the seat of the Viceroy of Zhili; the Xiong’an New Area lies within its jurisdiction.',
  province: 'Hebei',
  population: {
    value: 9_046_200,
    unit: 'people',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Baoding',
    note: 'resident population at end of year; the same source gives 11,544,036 for the 2020 census without explaining the drop',
  },
  knownFor: ['history and culture'],
  zones: ['zone:xiongan'],
  related: ['city:beijing', 'city:tianjin'],
  sources: ['https://en.wikipedia.org/wiki/Baoding'],
} satisfies City;
