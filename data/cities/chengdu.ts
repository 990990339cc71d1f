import type { City } from '../../src/data/schema';

export default {
  id: 'city:chengdu',
  kind: 'city',
  name: 'Chengdu',
  names: { zh: '成都', pinyin: 'Chéngdū' },
  aliases: ['Chengtu', 'Chengdu City'],
  summary:
    'Capital of Sichuan and the largest city of western China, with a big software, chip-packaging and gaming industry around its high-tech zone.',
  province: 'Sichuan',
  population: {
    value: 21_403_000,
    unit: 'people',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/List_of_cities_in_China_by_population',
    note: 'permanent residents, 2023',
  },
  gdp: {
    value: 2_480_000_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://udn.com/news/story/7333/9294826',
    note: 'about 2.48 trillion yuan, from the January 2026 government work report',
  },
  knownFor: ['software', 'electronics assembly', 'online games', 'aviation'],
  zones: ['zone:chengdu-hi-tech-zone', 'zone:tianfu-new-area'],
  related: ['city:chongqing'],
  sources: [
    'https://en.wikipedia.org/wiki/List_of_cities_in_China_by_population',
    'https://www.fdiintelligence.com/content/news/chengdus-technology-parks-impress-on-all-scores-42398',
    'https://udn.com/news/story/7333/9294826',
  ],
} satisfies City;
