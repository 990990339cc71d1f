import type { Product } from '../../src/data/schema';

export default {
  id: 'product:alipay',
  kind: 'product',
  name: 'Alipay',
  names: { zh: '支付宝', zhHant: '支付寶', pinyin: 'Zhīfùbǎo' },
  aliases: ['Zhifubao'],
  summary:
    'Payment platform that began as an escrow service for Taobao shoppers and became a super-app for QR payments, wealth management and city services, run by Ant Group.',
  owner: 'company:ant-group',
  category: 'platform',
  what: 'mobile and online payment platform',
  launched: {
    value: 2004,
    source: 'https://en.wikipedia.org/wiki/Alipay',
    note: 'established in Hangzhou in 2004; a first version ran inside Taobao from 2003',
  },
  headline: {
    value: 1_300_000_000,
    unit: 'users',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Alipay',
    note: 'users, as of June 2020',
  },
  related: ['company:ant-group', 'company:alibaba', 'product:taobao', 'product:wechat-pay', 'city:hangzhou'],
  sources: ['https://en.wikipedia.org/wiki/Alipay', 'https://technode.com/2013/05/10/taobao-turns-ten-a-look-back/'],
  disputed: [
    {
      field: 'launched',
      values: [
        { value: 2004, source: 'https://en.wikipedia.org/wiki/Alipay' },
        { value: 2003, source: 'https://technode.com/2013/05/10/taobao-turns-ten-a-look-back/' },
      ],
      note: 'Alipay started in October 2003 as a payment tool inside Taobao; it was set up as a separate service in 2004.',
    },
  ],
} satisfies Product;
