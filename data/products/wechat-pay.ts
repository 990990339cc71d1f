import type { Product } from '../../src/data/schema';

export default {
  id: 'product:wechat-pay',
  kind: 'product',
  name: 'WeChat Pay',
  names: { zh: '微信支付' },
  aliases: ['Weixin Pay', 'WeChat Wallet'],
  summary:
    "The wallet built into WeChat, used for QR-code payments in shops, transfers between contacts and red-envelope gifts; Alipay's main rival in Chinese mobile payments.",
  owner: 'company:tencent',
  category: 'platform',
  what: 'mobile payment and digital wallet service inside WeChat',
  launched: {
    value: 2013,
    source: 'https://en.wikipedia.org/wiki/WeChat_Pay',
    note: 'August 2013',
  },
  headline: {
    value: 1_133_000_000,
    unit: 'users',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/WeChat_Pay',
    note: 'active users',
  },
  related: ['company:tencent', 'product:wechat', 'product:alipay'],
  sources: ['https://en.wikipedia.org/wiki/WeChat_Pay'],
} satisfies Product;
