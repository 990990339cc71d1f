import type { City } from '../../src/data/schema';

export default {
  id: 'city:chongqing',
  kind: 'city',
  name: 'Chongqing',
  names: { zh: '重庆', zhHant: '重慶', pinyin: 'Chóngqìng' },
  aliases: ['Chungking', 'Chongqing Municipality'],
  summary:
    'Inland municipality on the upper Yangtze, separated from Sichuan in 1997; a big car and laptop assembly base with a mostly rural hinterland.',
  province: 'municipality',
  population: {
    value: 31_910_000,
    unit: 'people',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/List_of_cities_in_China_by_population',
    note: 'permanent residents, 2023',
  },
  gdp: {
    value: 3_375_793_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://udn.com/news/story/7333/9292344',
    note: 'Chongqing statistics bureau figure, as reported by Xinhua',
  },
  knownFor: ['automotive', 'laptop assembly', 'logistics'],
  zones: ['zone:liangjiang'],
  related: ['city:chengdu', 'company:changan', 'company:seres'],
  sources: [
    'https://en.wikipedia.org/wiki/List_of_cities_in_China_by_population',
    'https://en.wikipedia.org/wiki/Chongqing',
    'https://udn.com/news/story/7333/9292344',
  ],
} satisfies City;
