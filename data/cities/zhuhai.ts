import type { City } from '../../src/data/schema';

export default {
  id: 'city:zhuhai',
  kind: 'city',
  name: 'Zhuhai',
  names: { zh: '珠海', pinyin: 'Zhūhǎi' },
  aliases: ['Zhuhai City'],
  summary:
    'Guangdong city bordering Macau, one of the four original special economic zones of 1980 and the mainland side of the Hengqin cooperation zone.',
  province: 'Guangdong',
  population: {
    value: 2_510_000,
    unit: 'people',
    year: 2024,
    source: 'https://macaonews.org/news/greater-bay-area/zhuhai-population-2024/',
    note: 'permanent residents including Hengqin',
  },
  knownFor: ['home appliances', 'aerospace shows', 'tourism'],
  zones: ['zone:hengqin'],
  related: ['city:macau', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'company:gree', 'policy:special-economic-zones'],
  sources: [
    'https://macaonews.org/news/greater-bay-area/zhuhai-population-2024/',
    'https://regional.chinadaily.com.cn/zhuhai/en/2021-05/18/c_630645.htm',
    'https://en.wikipedia.org/wiki/Zhuhai',
  ],
} satisfies City;
