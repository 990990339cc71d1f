import type { Product } from '../../src/data/schema';

export default {
  id: 'product:baidu-tieba',
  kind: 'product',
  name: 'Baidu Tieba',
  names: { zh: '百度贴吧', zhHant: '百度貼吧', pinyin: 'Bǎidù Tiēbā' },
  aliases: ['Tieba', 'Baidu Post Bar'],
  summary:
    "Baidu's forum service, where a search keyword opens a topic 'bar' for discussion; hugely popular in the 2010s, much less active since.",
  owner: 'company:baidu',
  category: 'platform',
  what: 'online forum service organised by topic',
  launched: {
    value: 2003,
    source: 'https://en.wikipedia.org/wiki/Baidu_Tieba',
    note: '3 December 2003',
  },
  related: ['company:baidu', 'product:baidu-baike'],
  sources: ['https://en.wikipedia.org/wiki/Baidu_Tieba'],
} satisfies Product;
