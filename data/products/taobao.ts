import type { Product } from '../../src/data/schema';

export default {
  id: 'product:taobao',
  kind: 'product',
  name: 'Taobao',
  names: { zh: '淘宝', zhHant: '淘寶', pinyin: 'Táobǎo' },
  aliases: ['Taobao Marketplace', 'Taobao.com'],
  summary:
    "Alibaba's consumer marketplace, launched to fight eBay's entry into China, where small merchants and individuals sell to shoppers; the core of Alibaba's domestic commerce business.",
  owner: 'company:alibaba',
  category: 'platform',
  what: 'online shopping marketplace',
  launched: {
    value: 2003,
    source: 'https://en.wikipedia.org/wiki/Taobao',
    note: 'May 2003',
  },
  related: ['company:alibaba', 'product:tmall', 'product:alipay', 'city:hangzhou'],
  sources: ['https://en.wikipedia.org/wiki/Taobao', 'https://technode.com/2013/05/10/taobao-turns-ten-a-look-back/'],
} satisfies Product;
