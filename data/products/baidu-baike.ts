import type { Product } from '../../src/data/schema';

export default {
  id: 'product:baidu-baike',
  kind: 'product',
  name: 'Baidu Baike',
  names: { zh: '百度百科', pinyin: 'Bǎidù Bǎikē' },
  aliases: ['Baidu Encyclopedia', 'Baidu Wiki', 'BaiduWiki'],
  summary:
    "Baidu's collaboratively written encyclopedia, the largest in Chinese by number of entries, edited under Chinese censorship rules and ranked at the top of Baidu search results.",
  owner: 'company:baidu',
  category: 'platform',
  what: 'Chinese-language online encyclopedia',
  launched: {
    value: 2006,
    source: 'https://en.wikipedia.org/wiki/Baidu_Baike',
    note: 'beta April 2006; official version April 2008',
  },
  headline: {
    value: 6_900_000,
    unit: 'users',
    year: 2019,
    source: 'https://en.wikipedia.org/wiki/Baidu_Baike',
    note: 'registered editors, November 2019',
  },
  related: ['company:baidu'],
  sources: ['https://en.wikipedia.org/wiki/Baidu_Baike'],
} satisfies Product;
