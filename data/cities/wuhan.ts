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
  population: {
    value: 13_650_000,
    unit: 'people',
    year: 2021,
    source: 'https://en.people.cn/n3/2022/0409/c90000-10081879.html',
    note: 'permanent residents, end of year; the source says nearly 13.65 million',
  },
  knownFor: ['optical fibre', 'optoelectronics', 'automotive', 'memory chips', 'higher education'],
  zones: ['zone:optics-valley'],
  related: ['company:ymtc'],
  sources: ['https://en.wikipedia.org/wiki/Wuhan', 'https://en.people.cn/n3/2022/0409/c90000-10081879.html'],
} satisfies City;
