import type { Product } from '../../src/data/schema';

export default {
  id: 'product:wechat',
  kind: 'product',
  name: 'WeChat',
  names: { zh: '微信', pinyin: 'Wēixìn' },
  aliases: ['Weixin'],
  summary:
    "Tencent's messaging app, sold in China as Weixin, which grew into a platform for payments, mini-programs, official accounts and social feeds that much of daily life in China runs through.",
  owner: 'company:tencent',
  category: 'app',
  what: 'messaging, social and payments super-app',
  launched: {
    value: 2011,
    source: 'https://en.wikipedia.org/wiki/WeChat',
    note: 'January 2011, first released as Weixin',
  },
  related: ['company:tencent', 'product:wechat-pay', 'product:qq', 'city:shenzhen'],
  sources: ['https://en.wikipedia.org/wiki/WeChat'],
} satisfies Product;
