import type { Product } from '../../src/data/schema';

export default {
  id: 'product:emui',
  kind: 'product',
  name: 'EMUI',
  names: { zh: 'EMUI系统' },
  aliases: ['Emotion UI', 'Huawei EMUI'],
  summary: "Huawei's customised Android interface for its phones and tablets, first called Emotion UI.",
  owner: 'company:huawei',
  category: 'operating-system',
  what: "Huawei's Android-based phone interface",
  launched: {
    value: 2012,
    source: 'https://www.theverge.com/2012/5/29/3049106/huawei-emotion-ui-reveal',
    note: 'announced mid-2012; version 1.0 released December 2012',
  },
  related: ['company:huawei', 'product:harmonyos'],
  sources: ['https://www.theverge.com/2012/5/29/3049106/huawei-emotion-ui-reveal', 'https://en.wikipedia.org/wiki/EMUI'],
} satisfies Product;
