import type { City } from '../../src/data/schema';

export default {
  id: 'city:wuhu',
  kind: 'city',
  name: 'Wuhu',
  names: { zh: '芜湖', zhHant: '蕪湖', pinyin: 'Wúhú' },
  aliases: ['Wuhu City'],
  summary:
    'Yangtze River city in Anhui that is the home base of the carmaker Chery, around which more than a thousand automotive suppliers have gathered.',
  province: 'Anhui',
  knownFor: ['automotive', 'car exports'],
  zones: [],
  related: ['city:hefei', 'zone:yangtze-river-delta'],
  sources: ['https://en.people.cn/n3/2024/0716/c90000-20194255.html'],
} satisfies City;
