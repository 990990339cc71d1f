import type { City } from '../../src/data/schema';

export default {
  id: 'city:changsha',
  kind: 'city',
  name: 'Changsha',
  names: { zh: '长沙', zhHant: '長沙', pinyin: 'Chángshā' },
  aliases: ['Changsha City'],
  summary: 'Capital of Hunan on the Xiang River, known for construction machinery makers and a lively media and entertainment scene.',
  province: 'Hunan',
  knownFor: ['construction machinery', 'media', 'higher education'],
  zones: [],
  related: ['city:wuhan'],
  sources: ['https://en.wikipedia.org/wiki/Changsha'],
} satisfies City;
