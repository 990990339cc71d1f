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
    value: 683_100,
    unit: 'people',
    year: 2020,
    source: 'https://dev-ipim.alphasolution.com.mo/zh-hans/gba/introduction/population/',
    note: 'year-end population',
  },
  knownFor: ['casino gaming', 'tourism', 'finance'],
  zones: [],
  related: ['city:zhuhai', 'city:hong-kong', 'zone:hengqin', 'zone:greater-bay-area'],
  sources: ['https://dev-ipim.alphasolution.com.mo/zh-hans/gba/introduction/population/',
    'https://www.wikiwand.com/en/Macau',
    'https://onlinecoin.club/Info/Countries/Macau_SAR/',
  ],
} satisfies City;
