import type { Product } from '../../src/data/schema';

export default {
  id: 'product:onvo',
  kind: 'product',
  name: 'Onvo',
  names: { zh: '乐道', zhHant: '樂道', pinyin: 'Lèdào' },
  aliases: ['ONVO', 'Ledao', 'Nio Onvo'],
  summary:
    "NIO's second brand, aimed at families in the price band below NIO's own cars, with battery swapping; its first model, the L60, was priced against Tesla's Model Y.",
  owner: 'company:nio',
  category: 'vehicle-brand',
  what: 'mass-market electric family-car brand',
  launched: {
    value: 2024,
    source: 'https://cnevpost.com/2024/06/06/nio-firefly-1st-model-to-debut-in-china-instead-of-europe/',
    note: '15 May 2024',
  },
  related: ['company:nio'],
  sources: ['https://cnevpost.com/2024/06/06/nio-firefly-1st-model-to-debut-in-china-instead-of-europe/'],
} satisfies Product;
