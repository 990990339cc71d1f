import type { Product } from '../../src/data/schema';

export default {
  id: 'product:aito',
  kind: 'product',
  name: 'AITO',
  names: { zh: '问界', zhHant: '問界', pinyin: 'Wènjiè' },
  aliases: ['Wenjie', 'AITO M9', 'AITO M7', 'AITO M5'],
  summary:
    "Seres Group's car brand developed with Huawei, which supplies the software, driving systems and sales network; the most successful brand of Huawei's car alliance.",
  owner: 'company:seres',
  category: 'vehicle-brand',
  what: 'electric-vehicle brand made with Huawei',
  launched: {
    value: 2021,
    source: 'https://en.wikipedia.org/wiki/AITO_(marque)',
    note: 'December 2021, with the M5',
  },
  related: ['company:seres', 'company:huawei', 'product:hima', 'city:chongqing'],
  sources: ['https://en.wikipedia.org/wiki/AITO_(marque)', 'https://en.wikipedia.org/wiki/Harmony_Intelligent_Mobility_Alliance'],
} satisfies Product;
