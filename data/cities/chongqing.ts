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
    value: 31_914_300,
    unit: 'people',
    year: 2023,
    source: 'https://www.maigoo.com/news/702935.html',
    note: 'whole municipality, permanent residents, end of year; includes a large rural population',
  },
  gdp: {
    value: 3_014_579_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://www.bkwk.cn/article/jmscjjmdzqcjzxsdjd.html',
  },
  knownFor: ['automotive', 'laptop assembly', 'logistics'],
  zones: [],
  related: ['city:chengdu', 'company:changan', 'company:seres'],
  sources: [
    'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Chongqing',
    'https://wiki.gravy.cc/wiki/Chongqing',
    'https://www.maigoo.com/news/702935.html',
    'https://www.bkwk.cn/article/jmscjjmdzqcjzxsdjd.html',
    'https://asiacity.news/de/china-de/chongqing-de-2/chongqings-economy-grew-at-an-average-annual-rate-of-5-7-from-2021-to-2024-with-per-capita-gdp-exceeding-100000-yuan-3',
    'https://www.citypopulation.de/en/china/chongqing/admin/',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        { value: 32_054_159, source: 'https://www.citypopulation.de/en/china/chongqing/admin/' },
        { value: 27_179_577, source: 'https://asiaharvest.org/china-resources/chongqing' },
      ],
      note: 'Both are given for 2020; the higher is the 2020 census count, the lower is not from the census and its basis is not stated.',
    },
  ],
} satisfies City;
