import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:liangjiang',
  kind: 'zone',
  name: 'Liangjiang New Area',
  names: { zh: '两江新区', zhHant: '兩江新區', pinyin: 'Liǎngjiāng Xīnqū' },
  aliases: ['Chongqing Liangjiang New Area', { text: 'Liangjiang', needsContext: 'place-name' }],
  summary:
    'State-level new area in northern Chongqing, the third after Pudong and Binhai and the first inland; cars and electronics are its pillar industries.',
  zoneType: 'new-area',
  city: 'city:chongqing',
  established: { value: 2010, source: 'https://www.liangjiang.gov.cn/cqshzx/en/114.htm', note: 'set up in June 2010' },
  area: { value: 1200, unit: 'km2', year: 2010, source: 'https://www.scmp.com/article/967878/room-expansion', note: 'total planned area' },
  focus: ['automotive', 'electronics', 'logistics'],
  related: ['zone:pudong', 'zone:binhai-new-area', 'zone:chengdu-chongqing', 'company:changan'],
  sources: [
    'https://www.liangjiang.gov.cn/cqshzx/en/114.htm',
    'https://www.scmp.com/article/967878/room-expansion',
    'https://english.liangjiang.gov.cn/2021-10/28/c_855959.htm',
  ],
} satisfies Zone;
