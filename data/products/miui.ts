import type { Product } from '../../src/data/schema';

export default {
  id: 'product:miui',
  kind: 'product',
  name: 'MIUI',
  names: { zh: '米柚', pinyin: 'Mǐyòu' },
  aliases: ['Mi User Interface', 'MIUI 14'],
  summary:
    "Xiaomi's customised version of Android, which preceded its phones and built the fan community the company grew from; succeeded by Xiaomi HyperOS.",
  owner: 'company:xiaomi',
  category: 'operating-system',
  what: "Xiaomi's Android-based phone software, now replaced by HyperOS",
  launched: {
    value: 2010,
    source: 'https://en.wikipedia.org/wiki/MIUI',
    note: 'first release August 2010',
  },
  related: ['company:xiaomi', 'product:hyperos', 'product:redmi'],
  sources: ['https://en.wikipedia.org/wiki/MIUI'],
} satisfies Product;
