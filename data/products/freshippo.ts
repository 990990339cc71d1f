import type { Product } from '../../src/data/schema';

export default {
  id: 'product:freshippo',
  kind: 'product',
  name: 'Freshippo',
  names: { zh: '盒马', zhHant: '盒馬', pinyin: 'Hémǎ' },
  aliases: [{ text: 'Hema', needsContext: 'other-entity' }, 'Hema Xiansheng', 'Hema Fresh', 'Hema supermarket'],
  summary:
    "Alibaba's grocery chain that blends supermarkets with app ordering and fast delivery to homes near each store; called Hema in Chinese.",
  owner: 'company:alibaba',
  category: 'platform',
  what: 'grocery chain combining stores and app delivery',
  launched: {
    value: 2016,
    source: 'https://www.shine.cn/biz/company/1709294458/',
    note: 'first came to market in early 2016',
  },
  related: ['company:alibaba', 'city:shanghai'],
  sources: ['https://www.shine.cn/biz/company/1709294458/', 'https://www.esmmagazine.com/technology/alibaba-hema-supermarkets-china-46385'],
  disputed: [
    {
      field: 'launched',
      values: [
        { value: 2016, source: 'https://www.shine.cn/biz/company/1709294458/' },
        { value: 2015, source: 'https://www.esmmagazine.com/technology/alibaba-hema-supermarkets-china-46385' },
      ],
      note: 'Alibaba set up the business in 2015; its first store opened to shoppers in early 2016.',
    },
  ],
} satisfies Product;
