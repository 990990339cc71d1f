import type { Company } from '../../src/data/schema';

export default {
  id: 'company:xiaohongshu',
  kind: 'company',
  name: 'Xiaohongshu',
  names: { zh: '小红书', zhHant: '小紅書', pinyin: 'Xiǎohóngshū' },
  aliases: ['RedNote', 'Red Note', 'REDnote', 'Little Red Book'],
  summary:
    "Shanghai lifestyle and shopping-tips app, often likened to Instagram, that drew a wave of US 'TikTok refugees' in January 2025.",
  founded: { value: 2013, source: 'https://en.wikipedia.org/wiki/Xiaohongshu', note: 'June 2013, in Shanghai' },
  headquarters: 'city:shanghai',
  founders: ['Miranda Qu', 'Charlwin Mao'],
  sectors: ['social media', 'e-commerce', 'lifestyle content'],
  listings: [],
  related: ['company:alibaba', 'company:tencent', 'company:bytedance', 'city:shanghai'],
  sources: [
    'https://en.wikipedia.org/wiki/Xiaohongshu',
    'https://fortune.com/asia/2024/10/07/xiaohongshu-miranda-qu-hong-kong-travel-shopping-social-media-app',
  ],
} satisfies Company;
