import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:tianfu-new-area',
  kind: 'zone',
  name: 'Tianfu New Area',
  names: { zh: '天府新区', zhHant: '天府新區', pinyin: 'Tiānfǔ Xīnqū' },
  aliases: ['Sichuan Tianfu New Area', 'Chengdu Tianfu New Area'],
  summary:
    'State-level new area spanning southern Chengdu and parts of Meishan and Ziyang, led by electronic information and high-end manufacturing.',
  zoneType: 'new-area',
  city: 'city:chengdu',
  established: {
    value: 2014,
    source: 'https://en.people.cn/n3/2018/0722/c90000-9483366.html',
    note: 'approved as a national new area in October 2014',
  },
  area: {
    value: 1578,
    unit: 'km2',
    year: 2014,
    source: 'https://www.chinadaily.com.cn/a/201704/11/WS59bb7ab0a310d4d9ab7e8932_9.html',
    note: 'planned area',
  },
  focus: ['electronic information', 'high-end manufacturing', 'new energy equipment', 'biotechnology'],
  related: ['zone:chengdu-hi-tech-zone', 'zone:chengdu-chongqing'],
  sources: [
    'https://www.chinadaily.com.cn/a/201704/11/WS59bb7ab0a310d4d9ab7e8932_9.html',
    'https://en.people.cn/n3/2018/0722/c90000-9483366.html',
    'https://en.wikipedia.org/wiki/Tianfu_New_Area',
    'https://www.sc.gov.cn/10462/10758/10760/10766/2012/5/2/10208506.shtml',
  ],
  disputed: [
    {
      field: 'established',
      values: [
        { value: 2014, source: 'https://en.people.cn/n3/2018/0722/c90000-9483366.html' },
        { value: 2011, source: 'https://www.sc.gov.cn/10462/10758/10760/10766/2012/5/2/10208506.shtml' },
      ],
      note: 'Sichuan launched construction of the area in December 2011; the State Council made it a national new area in October 2014.',
    },
  ],
} satisfies Zone;
