import type { Product } from '../../src/data/schema';

export default {
  id: 'product:doubao',
  kind: 'product',
  name: 'Doubao',
  names: { zh: '豆包', pinyin: 'Dòubāo' },
  aliases: [
    // 豆包 is also a pet's or a child's nickname: the bare name needs a tech context.
    { text: 'Doubao', needsContext: 'common-word' },
    'Dou Bao',
    'Doubao AI',
    { text: 'Cici', needsContext: 'person-name' },
  ],
  summary:
    "ByteDance's AI assistant and the family of models behind it; it became one of China's most used chatbots, with an overseas sibling first called Cici.",
  owner: 'company:bytedance',
  category: 'ai-model',
  what: 'AI chatbot app and model family',
  launched: {
    value: 2023,
    source:
      'https://www.chinamoneynetwork.com/2023/12/15/a-review-of-bytedances-generative-ai-portfolio-dou-bao-cici-chitchop-and-the-skylark-model',
    note: 'August 2023',
  },
  headline: {
    value: 60_000_000,
    unit: 'users',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Doubao',
    note: 'monthly active users, November 2024 (industry analytics)',
  },
  related: ['company:bytedance', 'product:douyin'],
  sources: [
    'https://www.chinamoneynetwork.com/2023/12/15/a-review-of-bytedances-generative-ai-portfolio-dou-bao-cici-chitchop-and-the-skylark-model',
    'https://en.wikipedia.org/wiki/Doubao',
  ],
} satisfies Product;
