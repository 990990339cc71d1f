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
    source: 'https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Jinan',
    note: 'permanent residents, 2020 census',
  },
  gdp: { value: 886_221_000_000, unit: 'CNY', year: 2018, source: 'https://worddisk.com/wiki/Jinan/' },
  knownFor: ['servers', 'software', 'heavy trucks'],
  zones: [],
  related: ['city:qingdao', 'company:inspur'],
  sources: ['https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Jinan', 'https://worddisk.com/wiki/Jinan/'],
} satisfies City;
