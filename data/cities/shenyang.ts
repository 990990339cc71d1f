import type { City } from '../../src/data/schema';

export default {
  id: 'city:shenyang',
  kind: 'city',
  name: 'Shenyang',
  names: { zh: '沈阳', zhHant: '瀋陽', pinyin: 'Shěnyáng' },
  aliases: ['Mukden', 'Shenyang City'],
  summary:
    'Capital of Liaoning (formerly Mukden) and the largest city of north-east China by urban population; a long-standing centre of heavy industry.',
  province: 'Liaoning',
  population: {
    value: 9_070_093,
    unit: 'people',
    year: 2020,
    source: 'https://slide.travel/events/Shenyang--country--China',
    note: 'permanent residents, 2020 census',
  },
  gdp: { value: 586_500_000_000, unit: 'CNY', year: 2017, source: 'https://worddisk.com/wiki/Shenyang/' },
  knownFor: ['industrial robots', 'aircraft', 'automotive', 'heavy machinery'],
  zones: [],
  related: ['city:dalian'],
  sources: ['https://slide.travel/events/Shenyang--country--China', 'https://worddisk.com/wiki/Shenyang/'],
  disputed: [
    {
      field: 'population',
      values: [
        { value: 9_070_093, source: 'https://slide.travel/events/Shenyang--country--China' },
        { value: 9_077_093, source: 'https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2024-06/A/Shenyang' },
      ],
      note: 'Both are given for 2020; they differ in one digit.',
    },
  ],
} satisfies City;
