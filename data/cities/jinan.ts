import type { City } from '../../src/data/schema';

export default {
  id: 'city:jinan',
  kind: 'city',
  name: 'Jinan',
  names: { zh: '济南', zhHant: '濟南', pinyin: 'Jǐnán' },
  // Jinan University (暨南大学) is in Guangzhou, not Jinan.
  aliases: ['Tsinan', "Ji'nan", 'Ji’nan', 'Jinan City'],
  summary: 'Capital of Shandong, the “City of Springs”, and a provincial administrative, economic and transport hub.',
  province: 'Shandong',
  population: {
    value: 9_202_432,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Jinan',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['servers', 'software', 'heavy trucks'],
  zones: [],
  related: ['city:qingdao', 'company:inspur'],
  sources: ['https://en.wikipedia.org/wiki/Jinan'],
} satisfies City;
