import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:chengdu-chongqing',
  kind: 'zone',
  name: 'Chengdu–Chongqing Economic Circle',
  names: { zh: '成渝地区双城经济圈', zhHant: '成渝地區雙城經濟圈', pinyin: 'Chéng-Yú Dìqū Shuāngchéng Jīngjìquān' },
  aliases: [
    'Chengdu-Chongqing Economic Circle',
    'Chengdu-Chongqing twin-city economic circle',
    'Chengdu-Chongqing region',
    { text: 'Chengyu', needsContext: 'common-word' },
    '成渝',
  ],
  summary:
    'Regional strategy joining Chengdu, central Chongqing and surrounding Sichuan cities into a western growth pole, decided in January 2020 with a master plan issued in October 2021.',
  zoneType: 'region',
  cities: ['city:chengdu', 'city:chongqing'],
  established: {
    value: 2020,
    source: 'https://www.ecns.cn/cns-wire/2026-01-13/detail-iheywhna5921679.shtml',
    note: 'central decision of 3 January 2020; master plan October 2021',
  },
  area: {
    value: 185_000,
    unit: 'km2',
    year: 2021,
    source: 'https://hkmb.hktdc.com/en/MTA2NDU4NjExNw/hktdc-research/Chengdu-Chongqing-Economic-Circle-Objectives-and-Planning-Rationales',
  },
  focus: ['electronic information', 'advanced manufacturing', 'science and technology innovation'],
  related: ['zone:liangjiang', 'zone:tianfu-new-area', 'zone:chengdu-hi-tech-zone'],
  sources: [
    'https://hkmb.hktdc.com/en/MTA2NDU4NjExNw/hktdc-research/Chengdu-Chongqing-Economic-Circle-Objectives-and-Planning-Rationales',
    'https://www.ecns.cn/cns-wire/2026-01-13/detail-iheywhna5921679.shtml',
    'https://en.people.cn/n3/2026/0127/c90000-20418998.html',
  ],
} satisfies Zone;
