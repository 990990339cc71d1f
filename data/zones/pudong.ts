import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:pudong',
  kind: 'zone',
  name: 'Pudong New Area',
  names: { zh: '浦东新区', zhHant: '浦東新區', pinyin: 'Pǔdōng Xīnqū' },
  aliases: ['Pudong', 'Pudong District', 'Shanghai Pudong New Area', '浦东'],
  summary:
    'Shanghai’s district east of the Huangpu River, designated a new area in 1990; it holds the Lujiazui financial district, the Shanghai Stock Exchange and the Zhangjiang high-tech park.',
  zoneType: 'new-area',
  city: 'city:shanghai',
  established: {
    value: 1990,
    source: 'https://en.people.cn/n3/2020/1113/c90000-9780082.html',
    note: 'development and opening-up announced and new area designated',
  },
  focus: ['finance', 'semiconductors', 'biomedicine', 'shipping'],
  related: ['zone:zhangjiang', 'zone:lingang', 'zone:shanghai-ftz', 'zone:yangtze-river-delta'],
  sources: ['https://en.wikipedia.org/wiki/Pudong', 'https://en.people.cn/n3/2020/1113/c90000-9780082.html'],
} satisfies Zone;
