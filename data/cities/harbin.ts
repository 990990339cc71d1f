import type { City } from '../../src/data/schema';

export default {
  id: 'city:harbin',
  kind: 'city',
  name: 'Harbin',
  names: { zh: '哈尔滨', zhHant: '哈爾濱', pinyin: 'Hā’ěrbīn' },
  aliases: ['Harbin City'],
  summary:
    'Capital of Heilongjiang and an old industrial base of China’s far north-east, known for equipment and aircraft manufacturing and the Harbin Institute of Technology.',
  province: 'Heilongjiang',
  knownFor: ['equipment manufacturing', 'aircraft manufacturing', 'robotics research'],
  zones: [],
  related: ['city:changchun', 'city:shenyang'],
  sources: ['https://europe.chinadaily.com.cn/epaper/2011-06/03/content_12637024.htm'],
} satisfies City;
