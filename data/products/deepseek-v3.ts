import type { Product } from '../../src/data/schema';

export default {
  id: 'product:deepseek-v3',
  kind: 'product',
  name: 'DeepSeek-V3',
  names: { zh: '深度求索V3' },
  aliases: ['DeepSeek V3'],
  summary:
    "DeepSeek's general-purpose mixture-of-experts model, the base on which R1 was trained, notable for the low training cost the company reported.",
  owner: 'company:deepseek',
  category: 'ai-model',
  what: 'open-weight mixture-of-experts language model',
  launched: {
    value: 2024,
    source: 'https://arxiv.org/abs/2412.19437',
    note: 'technical report posted 27 December 2024',
  },
  related: ['company:deepseek', 'product:deepseek-r1'],
  sources: ['https://arxiv.org/abs/2412.19437', 'https://en.wikipedia.org/wiki/DeepSeek'],
} satisfies Product;
