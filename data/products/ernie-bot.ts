import type { Product } from '../../src/data/schema';

export default {
  id: 'product:ernie-bot',
  kind: 'product',
  name: 'Ernie Bot',
  names: { zh: '文心一言', pinyin: 'Wénxīn Yīyán' },
  aliases: [
    { text: 'ERNIE', needsContext: 'person-name', exactCase: true },
    { text: 'Ernie', needsContext: 'person-name' },
    'ERNIE Bot',
    'Wenxin Yiyan',
    'ERNIE 4.0',
    'Ernie 4.0',
  ],
  summary:
    "Baidu's chatbot, based on its ERNIE language models; the first major Chinese answer to ChatGPT, it opened to the public after months of limited testing.",
  owner: 'company:baidu',
  category: 'ai-model',
  what: 'AI chatbot and its underlying large language models',
  launched: {
    value: 2023,
    source: 'https://en.wikipedia.org/wiki/Ernie_Bot',
    note: '16 March 2023, to invited users',
  },
  headline: {
    value: 100_000_000,
    unit: 'users',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Ernie_Bot',
    note: "users, December 2023 (Baidu's figure)",
  },
  related: ['company:baidu'],
  sources: ['https://en.wikipedia.org/wiki/Ernie_Bot'],
} satisfies Product;
