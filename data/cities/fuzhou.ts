import type { City } from '../../src/data/schema';

export default {
  id: 'city:fuzhou',
  kind: 'city',
  name: 'Fuzhou',
  names: { zh: '福州', pinyin: 'Fúzhōu' },
  aliases: ['Foochow', 'Fuzhou City'],
  summary:
    'Capital of Fujian on the Min River estuary and one of the fastest-growing metropolitan areas of the 2010s, with several research universities.',
  province: 'Fujian',
  knownFor: ['research universities', 'manufacturing'],
  zones: [],
  related: ['city:xiamen'],
  sources: ['https://en.wikipedia.org/wiki/Fuzhou'],
} satisfies City;
