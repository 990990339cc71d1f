import type { City } from '../../src/data/schema';

export default {
  id: 'city:fuzhou',
  kind: 'city',
  name: 'Fuzhou',
  names: { zh: '福州', pinyin: 'Fúzhōu' },
  aliases: ['Foochow', 'Fuzhou City'],
  summary: 'Capital of Fujian on the Min River estuary and one of the fastest-growing metropolitan areas of the 2010s, with several research universities.',
  province: 'Fujian',
  population: { value: 8_420_000, unit: 'people', year: 2021, source: 'https://en.prolewiki.org/index.php?title=Fuzhou' },
  knownFor: ['research universities', 'manufacturing'],
  zones: [],
  related: ['city:xiamen'],
  sources: ['https://en.prolewiki.org/index.php?title=Fuzhou', 'https://wiki.gravy.cc/wiki/Fuzhou_City'],
} satisfies City;
