import type { City } from '../../src/data/schema';

export default {
  id: 'city:foshan',
  kind: 'city',
  name: 'Foshan',
  names: { zh: '佛山', pinyin: 'Fóshān' },
  aliases: ['Fatshan', 'Fat Shan', 'Foshan City'],
  summary:
    'Manufacturing city just west of Guangzhou in the Pearl River Delta, historically famed for ceramics and metalwork and now for large private manufacturers.',
  province: 'Guangdong',
  population: {
    value: 9_498_863,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Foshan',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['home appliances', 'ceramics', 'furniture', 'metalwork'],
  zones: [],
  related: ['city:guangzhou', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'company:midea'],
  sources: ['https://en.wikipedia.org/wiki/Foshan'],
} satisfies City;
