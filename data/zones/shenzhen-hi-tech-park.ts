import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:shenzhen-hi-tech-park',
  kind: 'zone',
  name: 'Shenzhen High-Tech Industrial Park',
  names: { zh: '深圳高新技术产业园区', zhHant: '深圳高新技術產業園區', pinyin: 'Shēnzhèn Gāoxīn Jìshù Chǎnyè Yuánqū' },
  aliases: ['Shenzhen Hi-Tech Industrial Park', 'Shenzhen High-Tech Park', 'Shenzhen Hi-Tech Park', 'Shenzhen Hi-tech Zone', '深圳高新区'],
  summary:
    'National high-tech zone that began in 1996 as an 11.5 km² park in Nanshan and has since spread to several Shenzhen districts; the base of the city’s electronics and telecom firms.',
  zoneType: 'park',
  city: 'city:shenzhen',
  established: {
    value: 1996,
    source: 'https://www.eyeshenzhen.com/content/2022-05/13/content_18955475.htm',
    note: 'construction began in September 1996 on 11.5 km²',
  },
  area: {
    value: 159,
    unit: 'km2',
    year: 2022,
    source: 'https://www.eyeshenzhen.com/content/2022-02/24/content_24951583.htm',
    note: 'Shenzhen State Hi-Tech Zone, five parks in Nanshan, Pingshan, Longgang, Bao’an and Longhua',
  },
  focus: ['electronic information', 'telecom equipment', 'bio-engineering', 'new materials'],
  related: ['zone:nanshan', 'company:huawei', 'company:zte', 'company:tencent'],
  sources: [
    'https://www.eyeshenzhen.com/content/2022-05/13/content_18955475.htm',
    'https://www.eyeshenzhen.com/content/2022-02/24/content_24951583.htm',
  ],
} satisfies Zone;
