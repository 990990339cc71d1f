import type { City } from '../../src/data/schema';

export default {
  id: 'city:shenyang',
  kind: 'city',
  name: 'Shenyang',
  names: { zh: '沈阳', zhHant: '瀋陽', pinyin: 'Shěnyáng' },
  aliases: ['Mukden', 'Shenyang City'],
  summary:
    'Capital of Liaoning (formerly Mukden) and the largest city of north-east China by urban population; a long-standing centre of heavy industry.',
  province: 'Liaoning',
  knownFor: ['industrial robots', 'aircraft', 'automotive', 'heavy machinery'],
  zones: [],
  related: ['city:dalian'],
  sources: ['https://en.wikipedia.org/wiki/Shenyang'],
} satisfies City;
