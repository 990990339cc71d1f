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
    source: 'https://english.scio.gov.cn/topnews/2021-09/07/content_77737331.htm',
    note: 'general plan approved by the State Council',
  },
  area: {
    value: 120.56,
    unit: 'km2',
    year: 2021,
    source: 'https://english.scio.gov.cn/topnews/2021-09/07/content_77737331.htm',
    note: 'after expansion from 14.92 km²',
  },
  focus: ['financial services', 'legal services', 'trade in services', 'Hong Kong cooperation'],
  related: ['city:hong-kong', 'zone:nanshan', 'zone:greater-bay-area'],
  sources: ['https://english.scio.gov.cn/topnews/2021-09/07/content_77737331.htm', 'https://en.people.cn/n3/2021/0907/c90000-9892763.html'],
} satisfies Zone;
