import type { City } from '../../src/data/schema';

export default {
  id: 'city:suzhou',
  kind: 'city',
  name: 'Suzhou',
  names: { zh: '苏州', zhHant: '蘇州', pinyin: 'Sūzhōu' },
  aliases: ['Soochow', 'Suchow', 'Suzhou City'],
  summary:
    'Jiangsu manufacturing powerhouse next to Shanghai, famous for classical gardens and for foreign-invested electronics and biotech plants.',
  province: 'Jiangsu',
  population: {
    value: 12_748_252,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Suzhou',
    note: 'permanent residents, 2020 census',
  },
  gdp: {
    value: 2_672_000_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Suzhou,_Jiangsu',
    note: 'infobox of the September 2025 version, which prints no year; the value is the 2024 total',
  },
  knownFor: ['electronics manufacturing', 'biomedicine', 'nanotechnology', 'textiles'],
  zones: ['zone:suzhou-industrial-park'],
  related: ['city:shanghai', 'city:wuxi', 'zone:yangtze-river-delta'],
  sources: ['https://en.wikipedia.org/wiki/Suzhou', 'https://en.wikipedia.org/wiki/Suzhou,_Jiangsu'],
} satisfies City;
