import type { City } from '../../src/data/schema';

export default {
  id: 'city:zhongshan',
  kind: 'city',
  name: 'Zhongshan',
  names: { zh: '中山', pinyin: 'Zhōngshān' },
  aliases: ['Zhongshan City'],
  summary:
    'Pearl River Delta city in Guangdong with a home-appliance industry worth hundreds of billions of yuan, including TCL’s air-conditioner business.',
  province: 'Guangdong',
  knownFor: ['home appliances'],
  zones: [],
  related: ['company:tcl', 'zone:greater-bay-area', 'zone:pearl-river-delta', 'city:zhuhai'],
  sources: ['https://en.zsnews.cn/News/content/376/35404.html'],
} satisfies City;
