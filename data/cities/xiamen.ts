import type { City } from '../../src/data/schema';

export default {
  id: 'city:xiamen',
  kind: 'city',
  name: 'Xiamen',
  names: { zh: '厦门', zhHant: '廈門', pinyin: 'Xiàmén' },
  aliases: ['Amoy', 'Xiamen City'],
  summary:
    'Fujian port city facing Taiwan (historically Amoy), one of the original special economic zones, with electronics and shipping industries.',
  province: 'Fujian',
  population: {
    value: 5_327_000,
    unit: 'people',
    year: 2023,
    source: 'https://share1.kxm.xmtv.cn/xmtv/2024-03-20/9162e53f1931cd5d.html',
    note: 'permanent residents, end of year',
  },
  knownFor: ['electronics', 'shipping', 'tourism'],
  zones: [],
  related: ['city:fuzhou', 'policy:special-economic-zones'],
  sources: ['https://share1.kxm.xmtv.cn/xmtv/2024-03-20/9162e53f1931cd5d.html'],
} satisfies City;
