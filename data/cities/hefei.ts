import type { City } from '../../src/data/schema';

export default {
  id: 'city:hefei',
  kind: 'city',
  name: 'Hefei',
  names: { zh: '合肥', pinyin: 'Héféi' },
  aliases: ['Hofei', 'Hefei City'],
  summary:
    'Capital of Anhui, designated a comprehensive national science centre and promoted as a hub for the integrated-circuit industry.',
  province: 'Anhui',
  population: {
    value: 9_853_000,
    unit: 'people',
    year: 2023,
    source: 'https://hefeiconnect.com/interesting-hefei-ranks-1st-in-population-growth/',
    note: 'permanent residents, end of year',
  },
  knownFor: ['displays', 'memory chips', 'electric vehicles', 'quantum research', 'speech recognition'],
  zones: [],
  related: ['company:iflytek', 'company:nio', 'company:cxmt', 'zone:yangtze-river-delta'],
  sources: [
    'https://hefeiconnect.com/interesting-hefei-ranks-1st-in-population-growth/',
    'https://vnexplorer.net/hefei-grew-its-gdp-2600-in-20-years-to-become-one-of-chinas-fastest-growing-cities-er2021328030.html',
    'https://news.cgtn.com/news/7a6b7a4e794d4464776c6d636a4e6e62684a4856/index.html',
    'https://scholarmate.com/S/jYK7xt',
  ],
} satisfies City;
