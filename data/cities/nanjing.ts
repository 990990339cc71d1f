import type { City } from '../../src/data/schema';

export default {
  id: 'city:nanjing',
  kind: 'city',
  name: 'Nanjing',
  names: { zh: '南京', pinyin: 'Nánjīng' },
  aliases: ['Nanking', 'Nanjing City'],
  summary:
    'Capital of Jiangsu and a former national capital on the lower Yangtze, with many universities and a software and electronics industry.',
  province: 'Jiangsu',
  population: {
    value: 9_547_000,
    unit: 'people',
    year: 2023,
    source: 'https://m.yd166.com/ziran/5649135807.html',
    note: 'permanent residents, end of year',
  },
  gdp: { value: 1_480_000_000_000, unit: 'CNY', year: 2020, source: 'https://worddisk.com/wiki/Nanjing/' },
  knownFor: ['software', 'electronics', 'higher education', 'petrochemicals'],
  zones: [],
  related: ['zone:yangtze-river-delta', 'city:suzhou', 'city:shanghai'],
  sources: [
    'https://worddisk.com/wiki/Nanjing/',
    'https://2022.csamcs.org/venue',
    'https://m.yd166.com/ziran/5649135807.html',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        { value: 9_314_685, source: 'https://worddisk.com/wiki/Nanjing/' },
        { value: 9_341_685, source: 'https://review.clateway.com/wiki/view_html.php?lang=en&q=Nanjing&sq=Facebook' },
      ],
      note: 'Both cite the 2020 census; the digits are transposed in one copy.',
    },
  ],
} satisfies City;
