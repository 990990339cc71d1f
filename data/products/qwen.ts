import type { Product } from '../../src/data/schema';

export default {
  id: 'product:qwen',
  kind: 'product',
  name: 'Qwen',
  names: { zh: '通义千问', zhHant: '通義千問', pinyin: 'Tōngyì Qiānwèn' },
  aliases: ['Tongyi Qianwen', 'Qwen3', 'Qwen2.5', 'Qwen2', 'Qwen-72B'],
  summary:
    "Alibaba Cloud's family of large language models and the chatbot built on them; many versions are released with open weights and are widely used as bases for other models.",
  owner: 'company:alibaba-cloud',
  category: 'ai-model',
  what: 'family of large language and multimodal models',
  launched: {
    value: 2023,
    source: 'https://en.wikipedia.org/wiki/Qwen',
    note: 'beta in April 2023; public release in September 2023',
  },
  related: ['company:alibaba-cloud', 'company:alibaba', 'product:dingtalk'],
  sources: ['https://en.wikipedia.org/wiki/Qwen'],
} satisfies Product;
