import type { Product } from '../../src/data/schema';

export default {
  id: 'product:honor-of-kings',
  kind: 'product',
  name: 'Honor of Kings',
  names: { zh: '王者荣耀', zhHant: '王者榮耀', pinyin: 'Wángzhě Róngyào' },
  aliases: ['Honour of Kings', 'Wangzhe Rongyao'],
  summary:
    'Mobile battle-arena game made by TiMi Studio and published by Tencent Games, for years the most played and one of the highest-grossing games in China.',
  owner: 'company:tencent',
  category: 'app',
  what: 'mobile multiplayer online battle arena game',
  launched: {
    value: 2015,
    source: 'https://en.wikipedia.org/wiki/Honor_of_Kings',
    note: 'released in mainland China in November 2015',
  },
  related: ['company:tencent'],
  sources: ['https://en.wikipedia.org/wiki/Honor_of_Kings'],
} satisfies Product;
