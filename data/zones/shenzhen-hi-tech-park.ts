import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:shenzhen-hi-tech-park',
  kind: 'zone',
  name: 'Shenzhen High-Tech Industrial Park',
  names: { zh: '深圳高新技术产业园区', zhHant: '深圳高新技術產業園區', pinyin: 'Shēnzhèn Gāoxīn Jìshù Chǎnyè Yuánqū' },
  aliases: [
    'Shenzhen Hi-Tech Industrial Park',
    'Shenzhen High-Tech Park',
    'Shenzhen Hi-Tech Park',
    'Shenzhen Hi-tech Zone',
    '深圳高新区',
  ],
  summary:
    'National high-tech zone that began in 1996 as an 11.5 km² park in Nanshan and has since spread to several Shenzhen districts; the base of the city’s electronics and telecom firms.',
  zoneType: 'park',
  city: 'city:shenzhen',
  established: {
    value: 1996,
    source: 'https://setupbusinessshenzhen.blogspot.com/search?max-results=7&updated-max=2022-02-15T19%3A30%3A00-08%3A00',
  },
  area: {
    value: 159,
    unit: 'km2',
    year: 2020,
    source: 'https://setupbusinessshenzhen.blogspot.com/search?max-results=7&updated-max=2022-02-15T19%3A30%3A00-08%3A00',
    note: 'after expansion beyond the original 11.5 km² in Nanshan',
  },
  focus: ['electronic information', 'telecom equipment', 'bio-engineering', 'new materials'],
  related: ['zone:nanshan', 'company:huawei', 'company:zte', 'company:tencent'],
  sources: ['https://setupbusinessshenzhen.blogspot.com/search?max-results=7&updated-max=2022-02-15T19%3A30%3A00-08%3A00'],
} satisfies Zone;
