import type { City } from '../../src/data/schema';

export default {
  id: 'city:guiyang',
  kind: 'city',
  name: 'Guiyang',
  names: { zh: '贵阳', zhHant: '貴陽', pinyin: 'Guìyáng' },
  aliases: ['Kweiyang', 'Guiyang City'],
  summary:
    'Capital of mountainous Guizhou, the province chosen as China’s first national big-data pilot zone; data centres and big-data firms lead its economic plans.',
  province: 'Guizhou',
  population: {
    value: 5_987_018,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Guiyang',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['big data', 'data centres', 'automotive'],
  zones: [],
  related: ['policy:east-data-west-computing'],
  sources: ['https://en.wikipedia.org/wiki/Guiyang', 'https://en.wikipedia.org/wiki/Guizhou'],
} satisfies City;
