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
    source: 'https://c.m.163.com/news/a/IV1RNLDD0536I1QE.html?from=subscribe',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 2_207_472_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://lujuba.top/amp/935158.html',
    note: 'Chengdu statistics bureau figure, as reported by Chengdu Daily',
  },
  knownFor: ['software', 'electronics assembly', 'online games', 'aviation'],
  zones: ['zone:chengdu-hi-tech-zone'],
  related: ['city:chongqing'],
  sources: [
    'https://datasetsearch.research.google.com/search?query=chengdu+population',
    'https://www.fdiintelligence.com/content/news/chengdus-technology-parks-impress-on-all-scores-42398',
    'https://lujuba.top/amp/935158.html',
    'https://c.m.163.com/news/a/IV1RNLDD0536I1QE.html?from=subscribe',
  ],
} satisfies City;
