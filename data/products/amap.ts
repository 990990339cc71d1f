import type { Product } from '../../src/data/schema';

export default {
  id: 'product:amap',
  kind: 'product',
  name: 'Amap',
  names: { zh: '高德地图', zhHant: '高德地圖', pinyin: 'Gāodé Dìtú' },
  aliases: [
    'AutoNavi',
    'Gaode Maps',
    'Gaode Map',
    'Gaode',
  ],
  summary:
    'Mapping and navigation service of AutoNavi, which Alibaba took over in 2014; one of the two leading map apps in China alongside Baidu Maps.',
  owner: 'company:alibaba',
  category: 'app',
  what: 'digital maps and navigation app',
  launched: {
    value: 2001,
    source: 'https://venturebeat.com/2013/05/10/alibaba-autonavi/',
    note: 'year AutoNavi, the mapping company behind it, was founded',
  },
  related: ['company:alibaba', 'company:baidu'],
  sources: [
    'https://venturebeat.com/2013/05/10/alibaba-autonavi/',
    'https://www.uschina.org/articles/alibaba-offers-1-6-billion-for-control-of-chinese-mapping-company/',
  ],
} satisfies Product;
