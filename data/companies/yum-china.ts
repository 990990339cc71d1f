import type { Company } from '../../src/data/schema';

export default {
  id: 'company:yum-china',
  kind: 'company',
  name: 'Yum China',
  names: { zh: '百胜中国', zhHant: '百勝中國', pinyin: 'Bǎishèng Zhōngguó' },
  aliases: ['Yum China Holdings', 'Yum! China', '百胜中国控股'],
  summary:
    'Operator of KFC and Pizza Hut in mainland China, spun off from Yum Brands; it is included here for its digital ordering, delivery and membership apps, through which most of its restaurant sales now pass.',
  founded: {
    value: 2016,
    source: 'https://www.restaurantbusinessonline.com/yum-completes-china-spinoff',
    note: 'spun off from Yum Brands in October 2016',
  },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['restaurants', 'food delivery', 'digital ordering and loyalty'],
  listings: [{ exchange: 'NYSE', ticker: 'YUMC', since: 2016 }],
  related: ['city:shanghai', 'company:meituan', 'company:luckin-coffee'],
  sources: [
    'https://www.restaurantbusinessonline.com/yum-completes-china-spinoff',
    'https://time.com/collection/time100-companies/5950008/yum-china/',
    'https://www.scmp.com/business/china-business/article/3102405/kfc-and-pizza-hut-operator-yum-china-sees-delivery-business',
    'https://ir.yumchina.com/node/11106/html',
  ],
} satisfies Company;
