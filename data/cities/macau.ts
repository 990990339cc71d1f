import type { City } from '../../src/data/schema';

export default {
  id: 'city:macau',
  kind: 'city',
  name: 'Macau',
  names: { zh: '澳门', zhHant: '澳門', pinyin: 'Àomén' },
  aliases: ['Macao', 'Macau SAR', 'Macao SAR', 'Macao Special Administrative Region', 'Macau Special Administrative Region'],
  summary:
    'Former Portuguese territory and special administrative region across the Pearl River estuary from Hong Kong; the world’s largest gambling centre.',
  province: 'SAR',
  population: {
    value: 688_300,
    unit: 'people',
    year: 2024,
    source: 'https://macaudailytimes.com.mo/population-sees-modest-growth-in-2024-driven-by-blue-cards.html',
    note: 'total population at end of year, including non-resident workers (Statistics and Census Service)',
  },
  gdp: {
    value: 417_280_000_000,
    unit: 'MOP',
    year: 2025,
    source: 'https://macaonews.org/news/business/macau-gdp-2025-preliminary/',
    note: 'preliminary figure of the Statistics and Census Service (DSEC)',
  },
  knownFor: ['casino gaming', 'tourism', 'finance'],
  zones: [],
  related: ['city:zhuhai', 'city:hong-kong', 'zone:hengqin', 'zone:greater-bay-area'],
  sources: [
    'https://en.wikipedia.org/wiki/Macau',
    'https://macaonews.org/news/business/macau-gdp-2025-preliminary/',
    'https://macaudailytimes.com.mo/population-sees-modest-growth-in-2024-driven-by-blue-cards.html',
  ],
} satisfies City;
