import type { Product } from '../../src/data/schema';

export default {
  id: 'product:deepseek-r1',
  kind: 'product',
  name: 'DeepSeek-R1',
  names: { zh: '深度求索R1' },
  aliases: ['DeepSeek R1', 'R1-Zero', 'DeepSeek-R1-Zero'],
  summary:
    "DeepSeek's reasoning model, released with open weights, whose performance close to OpenAI's o1 at a reported fraction of the training cost unsettled US tech stocks in early 2025.",
  owner: 'company:deepseek',
  category: 'ai-model',
  what: 'open-weight reasoning language model',
  launched: {
    value: 2025,
    source: 'https://arxiv.org/abs/2501.12948',
    note: 'January 2025, with its technical report',
  },
  related: ['company:deepseek', 'product:deepseek-v3', 'city:hangzhou'],
  sources: ['https://arxiv.org/abs/2501.12948', 'https://en.wikipedia.org/wiki/DeepSeek'],
} satisfies Product;
