import type { Product } from '../../src/data/schema';

export default {
  id: 'product:loongson-3a6000',
  kind: 'product',
  name: 'Loongson 3A6000',
  names: { zh: '龙芯3A6000', zhHant: '龍芯3A6000' },
  aliases: ['3A6000', 'Godson 3A6000'],
  summary:
    "Loongson's quad-core desktop CPU built on its own LoongArch instruction set, presented as evidence that Chinese-designed PCs can do without Intel and AMD.",
  owner: 'company:loongson',
  category: 'chip',
  what: 'desktop processor on the LoongArch architecture',
  launched: {
    value: 2023,
    source: 'https://www.globaltimes.cn/page/202311/1302643.shtml',
    note: 'released November 2023',
  },
  related: ['company:loongson', 'city:beijing'],
  sources: ['https://www.globaltimes.cn/page/202311/1302643.shtml'],
} satisfies Product;
