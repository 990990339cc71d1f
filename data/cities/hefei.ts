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
    value: 10_002_000,
    unit: 'people',
    year: 2024,
    source: 'https://qazinform.com/news/hefei-becomes-chinas-18th-city-to-have-10-million-permanent-residents-60259c',
    note: 'permanent residents, end of year (Anhui population survey)',
  },
  knownFor: ['displays', 'memory chips', 'electric vehicles', 'quantum research', 'speech recognition'],
  zones: [],
  related: ['company:iflytek', 'company:nio', 'company:cxmt', 'zone:yangtze-river-delta'],
  sources: [
    'https://news.cgtn.com/news/7a6b7a4e794d4464776c6d636a4e6e62684a4856/index.html',
    'https://qazinform.com/news/hefei-becomes-chinas-18th-city-to-have-10-million-permanent-residents-60259c',
  ],
} satisfies City;
