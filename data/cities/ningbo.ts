import type { City } from '../../src/data/schema';

export default {
  id: 'city:ningbo',
  kind: 'city',
  name: 'Ningbo',
  names: { zh: '宁波', zhHant: '寧波', pinyin: 'Níngbō' },
  aliases: ['Ningpo', 'Ningbo City'],
  summary:
    'Zhejiang port city on Hangzhou Bay whose Ningbo-Zhoushan port handles the world’s largest cargo tonnage; a base for manufacturing and cross-border trade.',
  province: 'Zhejiang',
  population: {
    value: 9_404_283,
    unit: 'people',
    year: 2020,
    source: 'https://govt.chinadaily.com.cn/s/202106/01/WS5b7854a0498e855160e8d852/a-major-coastal-city-of-zhejiang-province.html',
  },
  knownFor: ['port logistics', 'manufacturing', 'petrochemicals', 'cross-border e-commerce'],
  zones: [],
  related: ['city:hangzhou', 'city:shanghai', 'zone:yangtze-river-delta', 'company:zeekr'],
  sources: [
    'https://govt.chinadaily.com.cn/s/202106/01/WS5b7854a0498e855160e8d852/a-major-coastal-city-of-zhejiang-province.html',
    'https://ningbo.chinadaily.com.cn/2021-03/17/c_544057.htm',
  ],
  disputed: [
    {
      field: 'population',
      values: [
        {
          value: '9,404,283 registered residents (2020)',
          source: 'https://govt.chinadaily.com.cn/s/202106/01/WS5b7854a0498e855160e8d852/a-major-coastal-city-of-zhejiang-province.html',
        },
        { value: '9.404 million permanent residents (2021)', source: 'https://ningbo.chinadaily.com.cn/2021-03/17/c_544057.htm' },
      ],
      note: 'Two pages of the same publisher give the same number with a different definition and year.',
    },
  ],
} satisfies City;
