import type { City } from '../../src/data/schema';

export default {
  id: 'city:wuhan',
  kind: 'city',
  name: 'Wuhan',
  names: { zh: '武汉', zhHant: '武漢', pinyin: 'Wǔhàn' },
  aliases: ['Wuhan City'],
  summary:
    'Capital of Hubei where the Yangtze and Han rivers meet; a university and research city known for optical fibre, lasers and car making.',
  province: 'Hubei',
  knownFor: ['optical fibre', 'optoelectronics', 'automotive', 'memory chips', 'higher education'],
  zones: ['zone:optics-valley'],
  related: ['company:ymtc'],
  sources: ['https://en.wikipedia.org/wiki/Wuhan'],
} satisfies City;
