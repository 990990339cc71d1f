import type { Product } from '../../src/data/schema';

export default {
  id: 'product:coloros',
  kind: 'product',
  name: 'ColorOS',
  names: { zh: 'ColorOS系统' },
  aliases: ['Color OS'],
  summary: "OPPO's customised version of Android, also installed on OnePlus phones sold in mainland China.",
  owner: 'company:oppo',
  category: 'operating-system',
  what: "OPPO's Android-based phone software",
  launched: {
    value: 2013,
    source: 'https://en.wikipedia.org/wiki/ColorOS',
    note: 'first version September 2013',
  },
  related: ['company:oppo', 'company:oneplus'],
  sources: ['https://en.wikipedia.org/wiki/ColorOS'],
} satisfies Product;
