import type { Product } from '../../src/data/schema';

export default {
  id: 'product:toutiao',
  kind: 'product',
  name: 'Toutiao',
  names: { zh: '今日头条', zhHant: '今日頭條', pinyin: 'Jīnrì Tóutiáo' },
  aliases: ['Jinri Toutiao'],
  summary:
    "ByteDance's first product, a news and content feed that recommends articles and videos by machine learning rather than by editors; it made the company's recommendation engine famous.",
  owner: 'company:bytedance',
  category: 'app',
  what: 'algorithmic news and content feed',
  launched: {
    value: 2012,
    source: 'https://en.wikipedia.org/wiki/Toutiao',
    note: 'August 2012',
  },
  headline: {
    value: 120_000_000,
    unit: 'users',
    year: 2017,
    source: 'https://en.wikipedia.org/wiki/Toutiao',
    note: 'daily active users, September 2017',
  },
  related: ['company:bytedance', 'product:douyin'],
  sources: ['https://en.wikipedia.org/wiki/Toutiao'],
} satisfies Product;
