import type { Product } from '../../src/data/schema';

export default {
  id: 'product:talkie',
  kind: 'product',
  name: 'Talkie AI',
  names: { zh: '星野', pinyin: 'Xīngyě' },
  aliases: [{ text: 'Talkie', needsContext: 'common-word' }, 'Xingye'],
  summary:
    "MiniMax's role-play companion app, sold abroad as Talkie and in China as Xingye; its overseas success made it the company's main source of revenue.",
  owner: 'company:minimax',
  category: 'app',
  what: 'AI companion chat app',
  launched: {
    value: 2023,
    source: 'https://eu.36kr.com/en/p/3012129118414342',
    note: 'Talkie went online in June 2023',
  },
  related: ['company:minimax', 'city:shanghai'],
  sources: ['https://eu.36kr.com/en/p/3012129118414342'],
} satisfies Product;
