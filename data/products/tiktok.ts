import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tiktok',
  kind: 'product',
  name: 'TikTok',
  names: { zh: '抖音国际版' },
  aliases: ['Tik Tok'],
  summary:
    'International version of Douyin, merged with Musical.ly in 2018 and the subject of security disputes and ban attempts in several countries. Under a 2024 US divest-or-ban law, its American app passed in January 2026 to a joint venture led by Oracle, Silver Lake and MGX, with ByteDance keeping 19.9%.',
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
    'https://www.rnz.co.nz/news/world/584839/tiktok-seals-deal-for-new-us-joint-venture-to-avoid-american-ban',
    'https://www.freemalaysiatoday.com/category/business/2026/01/23/tiktok-seals-deal-to-create-us-venture-with-oracle-silver-lake',
  ],
} satisfies Product;
