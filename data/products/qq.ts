import type { Product } from '../../src/data/schema';

export default {
  id: 'product:qq',
  kind: 'product',
  name: 'Tencent QQ',
  names: { zh: '腾讯QQ', zhHant: '騰訊QQ' },
  aliases: [{ text: 'QQ', needsContext: 'abbreviation', exactCase: true }, 'OICQ', 'QQ messenger'],
  summary:
    "Tencent's first hit, a desktop instant messenger modelled on ICQ that became the social hub of China's early internet and still carries games, music and group chat.",
  owner: 'company:tencent',
  category: 'app',
  what: 'instant-messaging service and web portal',
  launched: {
    value: 1999,
    source: 'https://en.wikipedia.org/wiki/Tencent_QQ',
    note: 'February 1999, under the name OICQ',
  },
  headline: {
    value: 597_000_000,
    unit: 'users',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Tencent_QQ',
    note: 'monthly active QQ accounts, March 2023',
  },
  related: ['company:tencent', 'product:wechat'],
  sources: ['https://en.wikipedia.org/wiki/Tencent_QQ'],
} satisfies Product;
