import type { Company } from '../../src/data/schema';

export default {
  id: 'company:deepseek',
  kind: 'company',
  name: 'DeepSeek',
  names: { zh: '深度求索', pinyin: 'Shēndù Qiúsuǒ' },
  aliases: ['Deep Seek', 'Hangzhou DeepSeek Artificial Intelligence', '杭州深度求索'],
  summary:
    'Hangzhou AI lab funded by the quant hedge fund High-Flyer; its openly released V3 and R1 language models, trained at low cost, jolted markets in January 2025.',
  founded: {
    value: 2023,
    source: 'https://en.wikipedia.org/wiki/DeepSeek',
    note: 'as a company spun out of the hedge fund High-Flyer’s AI lab',
  },
  headquarters: 'city:hangzhou',
  founders: ['Liang Wenfeng'],
  sectors: ['artificial intelligence', 'large language models'],
  listings: [],
  related: ['company:moonshot-ai', 'company:zhipu-ai', 'company:minimax', 'city:hangzhou'],
  sources: [
    'https://en.wikipedia.org/wiki/DeepSeek',
    'https://www.hindustantimes.com/business/who-is-liang-wenfeng-the-founder-of-deepseek-chinas-openai-rival-101737960215219.html',
  ],
} satisfies Company;
