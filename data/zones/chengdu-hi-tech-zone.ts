import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:chengdu-hi-tech-zone',
  kind: 'zone',
  name: 'Chengdu Hi-tech Zone',
  names: { zh: '成都高新区', zhHant: '成都高新區', pinyin: 'Chéngdū Gāoxīnqū' },
  aliases: [
    'Chengdu High-tech Zone',
    'Chengdu Hi-tech Industrial Development Zone',
    'Chengdu High-tech Industrial Development Zone',
    { text: 'CDHT', exactCase: true },
    '成都高新技术产业开发区',
  ],
  summary:
    'National high-tech zone in southern and western Chengdu with software, electronics and biomedicine clusters and the Tianfu Software Park.',
  zoneType: 'park',
  city: 'city:chengdu',
  established: {
    value: 1988,
    source: 'https://govt.chinadaily.com.cn/s/201810/18/WS5e008a66498e1ed196a6b63e/chengdu-hi-tech-industrial-development-zone.html',
    note: 'state-level since 1991',
  },
  area: {
    value: 613,
    unit: 'km2',
    year: 2018,
    source: 'https://govt.chinadaily.com.cn/s/201810/18/WS5e008a66498e1ed196a6b63e/chengdu-hi-tech-industrial-development-zone.html',
  },
  focus: ['software', 'electronic information', 'biomedicine'],
  related: [],
  sources: [
    'https://govt.chinadaily.com.cn/s/201810/18/WS5e008a66498e1ed196a6b63e/chengdu-hi-tech-industrial-development-zone.html',
    'https://global.chinadaily.com.cn/regional/2011-02/25/content_12075105.htm',
  ],
} satisfies Zone;
