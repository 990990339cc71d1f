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
    value: 13_774_000,
    unit: 'people',
    year: 2023,
    source: 'https://jsmbw.com/news/688450.html',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 2_001_165_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://difang.gmw.cn/hb/2024-01/31/content_37123517.htm',
    note: 'preliminary, Wuhan statistics bureau release of January 2024, as reported by Guangming Daily',
  },
  knownFor: ['optical fibre', 'optoelectronics', 'automotive', 'memory chips', 'higher education'],
  zones: ['zone:optics-valley'],
  related: ['company:ymtc'],
  sources: [
    'https://chinaeconomicreview.com/the-guiding-light/',
    'https://www.wikiwand.com/en/Wuhan',
    'https://jsmbw.com/news/688450.html',
    'https://difang.gmw.cn/hb/2024-01/31/content_37123517.htm',
  ],
} satisfies City;
