import type { Company } from '../../src/data/schema';

export default {
  id: 'company:xiaohongshu',
  kind: 'company',
  name: 'Xiaohongshu',
  names: { zh: '小红书', zhHant: '小紅書', pinyin: 'Xiǎohóngshū' },
  aliases: ['RedNote', 'Red Note', 'REDnote', 'Little Red Book'],
  summary:
    "Shanghai lifestyle and shopping-tips app, often likened to Instagram, that drew a wave of US 'TikTok refugees' in January 2025.",
  founded: { value: 2013, source: 'https://niyihub.com/?p=2194' },
  headquarters: 'city:shanghai',
  founders: ['Miranda Qu', 'Charlwin Mao'],
  sectors: ['social media', 'e-commerce', 'lifestyle content'],
  listings: [],
  related: ['company:alibaba', 'company:tencent', 'company:bytedance', 'city:shanghai'],
  sources: [
    'https://niyihub.com/?p=2194',
    'https://www.ourchinastory.com/en/13869',
    'https://malaysiapulse.my/?p=2408',
  ],
} satisfies Company;
