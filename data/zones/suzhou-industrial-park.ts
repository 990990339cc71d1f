import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:suzhou-industrial-park',
  kind: 'zone',
  name: 'Suzhou Industrial Park',
  names: { zh: '苏州工业园区', zhHant: '蘇州工業園區', pinyin: 'Sūzhōu Gōngyè Yuánqū' },
  aliases: [
    'China-Singapore Suzhou Industrial Park',
    // SIP is also the Session Initiation Protocol and "systematic investment plan".
    { text: 'SIP', exactCase: true, needsContext: 'other-entity' },
  ],
  summary:
    'Industrial and new-town district of Suzhou set up in 1994 as the first government-to-government project between China and Singapore; made a national pilot zone for opening-up and innovation in 2015.',
  zoneType: 'park',
  city: 'city:suzhou',
  established: {
    value: 1994,
    source: 'https://english.suzhou.gov.cn/gltj2/201710/t20171010_913390.shtml',
    note: 'established in February 1994 with State Council approval',
  },
  focus: ['foreign-invested manufacturing', 'biopharmaceuticals', 'nanotechnology', 'research and development'],
  related: ['city:wuxi', 'city:shanghai'],
  sources: ['https://english.suzhou.gov.cn/gltj2/201710/t20171010_913390.shtml'],
} satisfies Zone;
