import type { Product } from '../../src/data/schema';

export default {
  id: 'product:iqoo',
  kind: 'product',
  name: 'iQOO',
  names: { zh: 'iQOO手机' },
  aliases: ['iQoo', 'vivo iQOO'],
  summary: "vivo's sub-brand for performance and gaming-oriented phones with flagship specifications.",
  owner: 'company:vivo',
  category: 'device',
  what: 'performance-focused smartphone brand',
  launched: {
    value: 2019,
    source:
      'https://www.moneycontrol.com/news/trends/vivo-set-to-launch-new-flagship-handset-with-snapdragon-855-soc-12gb-ram-under-iqoo-brand-3577551.html',
    note: 'announced early 2019',
  },
  related: ['company:vivo'],
  sources: [
    'https://www.moneycontrol.com/news/trends/vivo-set-to-launch-new-flagship-handset-with-snapdragon-855-soc-12gb-ram-under-iqoo-brand-3577551.html',
    'https://www.scmp.com/abacus/tech/article/3029156/vivos-iqoo-joining-army-chinese-smartphone-sub-brands',
  ],
} satisfies Product;
