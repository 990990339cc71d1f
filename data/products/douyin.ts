import type { Product } from '../../src/data/schema';

export default {
  id: 'product:douyin',
  kind: 'product',
  name: 'Douyin',
  names: { zh: '抖音', pinyin: 'Dǒuyīn' },
  aliases: [],
  summary:
    "ByteDance's short-video platform for mainland China, TikTok's sibling app with separate servers and content, which has grown into a major venue for e-commerce and live-streamed shopping.",
  owner: 'company:bytedance',
  category: 'app',
  what: 'short-video app for the Chinese market',
  launched: {
    value: 2016,
    source: 'https://en.wikipedia.org/wiki/TikTok',
    note: 'September 2016, first named A.me',
  },
  headline: {
    value: 500_000_000,
    unit: 'users',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/TikTok',
    note: 'monthly active users, April 2020',
  },
  related: ['company:bytedance', 'product:tiktok', 'product:toutiao'],
  sources: ['https://en.wikipedia.org/wiki/TikTok'],
} satisfies Product;
