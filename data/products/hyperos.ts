import type { Product } from '../../src/data/schema';

export default {
  id: 'product:hyperos',
  kind: 'product',
  name: 'Xiaomi HyperOS',
  names: { zh: '澎湃OS', pinyin: 'Péngpài OS' },
  aliases: ['HyperOS', 'HyperOS 2', 'Xiaomi Hyper OS'],
  summary:
    "Xiaomi's operating system that replaced its MIUI interface, built on Android and Xiaomi's own Vela system to connect phones, smart-home devices and cars.",
  owner: 'company:xiaomi',
  category: 'operating-system',
  what: 'Android-based operating system for phones, home devices and cars',
  launched: {
    value: 2023,
    source:
      'https://www.business-standard.com/technology/tech-news/xiaomi-to-replace-miui-with-hyperos-on-smartphones-starting-with-14-series-123101700393_1.html',
    note: 'announced October 2023 with the Xiaomi 14 series',
  },
  related: ['company:xiaomi', 'product:xiaomi-su7'],
  sources: [
    'https://www.business-standard.com/technology/tech-news/xiaomi-to-replace-miui-with-hyperos-on-smartphones-starting-with-14-series-123101700393_1.html',
  ],
} satisfies Product;
