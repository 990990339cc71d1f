import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:qianhai',
  kind: 'zone',
  name: 'Qianhai',
  names: { zh: '前海', pinyin: 'Qiánhǎi' },
  aliases: [
    'Qianhai Cooperation Zone',
    'Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone',
    'Qianhai Shenzhen-Hong Kong Cooperation Zone',
    '前海深港现代服务业合作区',
  ],
  summary:
    'Reclaimed waterfront in western Shenzhen set aside for Shenzhen–Hong Kong cooperation in services such as finance and law; its area was enlarged about eightfold in 2021.',
  zoneType: 'free-trade-zone',
  city: 'city:shenzhen',
  established: {
    value: 2010,
    source: 'https://tdminews.com/china-to-further-boost-shenzhen-hk-cooperation',
    note: 'general plan approved by the State Council',
  },
  area: {
    value: 120.56,
    unit: 'km2',
    year: 2021,
    source: 'https://tdminews.com/china-to-further-boost-shenzhen-hk-cooperation',
    note: 'after expansion from 14.92 km²',
  },
  focus: ['financial services', 'legal services', 'trade in services', 'Hong Kong cooperation'],
  related: ['city:hong-kong', 'zone:nanshan', 'zone:greater-bay-area'],
  sources: ['https://tdminews.com/china-to-further-boost-shenzhen-hk-cooperation'],
} satisfies Zone;
