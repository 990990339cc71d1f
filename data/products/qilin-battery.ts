import type { Product } from '../../src/data/schema';

export default {
  id: 'product:qilin-battery',
  kind: 'product',
  name: 'Qilin battery',
  names: { zh: '麒麟电池', zhHant: '麒麟電池' },
  aliases: ['CATL Qilin', 'CATL Qilin battery', { text: 'Qilin', needsContext: 'other-entity' }],
  summary:
    "CATL's third-generation cell-to-pack battery, which places cooling between cells to raise energy density and allow 10-minute fast charging.",
  owner: 'company:catl',
  category: 'device',
  what: 'cell-to-pack electric-vehicle battery',
  launched: {
    value: 2022,
    source: 'https://thedriven.io/2022/06/28/1000kms-in-a-breeze-catl-unveils-new-qilin-ev-battery-with-incredible-specs',
    note: 'unveiled June 2022; mass production from 2023',
  },
  related: ['company:catl', 'product:blade-battery'],
  sources: ['https://thedriven.io/2022/06/28/1000kms-in-a-breeze-catl-unveils-new-qilin-ev-battery-with-incredible-specs'],
} satisfies Product;
