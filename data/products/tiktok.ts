import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tiktok',
  kind: 'product',
  name: 'TikTok',
  names: { zh: '抖音国际版' },
  aliases: [
    'Tik Tok',
  ],
  summary:
    'International version of Douyin, merged with Musical.ly in 2018; one of the most used apps in the world and the subject of security disputes and ban attempts in several countries.',
  owner: 'company:bytedance',
  category: 'app',
  what: 'short-video app for markets outside mainland China',
  launched: {
    value: 2017,
    source: 'https://en.wikipedia.org/wiki/TikTok',
    note: 'outside mainland China; merged with Musical.ly in August 2018',
  },
  related: ['company:bytedance', 'product:douyin'],
  sources: [
    'https://en.wikipedia.org/wiki/TikTok',
  ],
} satisfies Product;
