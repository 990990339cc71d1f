import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ele-me',
  kind: 'company',
  name: 'Ele.me',
  names: { zh: '饿了么', zhHant: '餓了麼', pinyin: 'È le me' },
  aliases: ['Eleme', 'Shanghai Lazhasi Information Technology', '拉扎斯'],
  summary:
    "Shanghai food-delivery platform started by Shanghai Jiao Tong University students; Alibaba took full ownership in 2018 and runs it as its local-services arm against Meituan, China's larger delivery app.",
  founded: { value: 2008, source: 'https://en.wikipedia.org/wiki/Ele.me' },
  headquarters: 'city:shanghai',
  founders: ['Zhang Xuhao', 'Kang Jia'],
  sectors: ['food delivery', 'local services', 'e-commerce'],
  listings: [],
  parent: 'company:alibaba',
  status: {
    state: 'acquired',
    year: 2018,
    acquirer: 'company:alibaba',
    source: 'https://asia.nikkei.com/Asia300/Alibaba-bets-billions-on-China-s-top-food-delivery-app',
  },
  related: ['company:alibaba', 'company:meituan', 'city:shanghai', 'company:ant-group'],
  sources: [
    'https://en.wikipedia.org/wiki/Ele.me',
    'https://asia.nikkei.com/Asia300/Alibaba-bets-billions-on-China-s-top-food-delivery-app',
    'https://www.business-standard.com/amp/article/international/alibaba-buys-shanghai-based-food-delivery-startup-ele-me-in-9-5-bn-deal-118040200389_1.html',
  ],
} satisfies Company;
