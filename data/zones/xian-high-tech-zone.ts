import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:xian-high-tech-zone',
  kind: 'zone',
  name: 'Xi’an High-tech Industries Development Zone',
  names: { zh: '西安高新技术产业开发区', zhHant: '西安高新技術產業開發區', pinyin: 'Xī’ān Gāoxīn Jìshù Chǎnyè Kāifāqū' },
  aliases: [
    "Xi'an High-tech Industries Development Zone",
    "Xi'an High-Tech Zone",
    "Xi'an Hi-Tech Zone",
    'Xi’an High-Tech Zone',
    '西安高新区',
  ],
  summary:
    'One of the first state-level high-tech zones, approved in 1991 in Xi’an; it holds most of the city’s IT firms and Samsung’s memory-chip plant, which began mass production in 2014.',
  zoneType: 'park',
  city: 'city:xian',
  established: {
    value: 1991,
    source: 'https://japanese.china.org.cn/photos/2010-04/07/content_19760279.htm',
    note: 'approved by the State Council in March 1991',
  },
  area: {
    value: 107,
    unit: 'km2',
    year: 2010,
    source: 'https://japanese.china.org.cn/photos/2010-04/07/content_19760279.htm',
    note: 'approximate',
  },
  focus: ['semiconductors', 'software', 'equipment manufacturing', 'biomedicine'],
  related: [],
  sources: [
    'https://japanese.china.org.cn/photos/2010-04/07/content_19760279.htm',
    'https://global.chinadaily.com.cn/regional/2012-09/25/content_15781090.htm',
    'https://en.people.cn/90778/7968793.html',
    'https://covid-19.chinadaily.com.cn/cndy/2014-05/15/content_17508107.htm',
  ],
} satisfies Zone;
