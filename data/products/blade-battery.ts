import type { Product } from '../../src/data/schema';

export default {
  id: 'product:blade-battery',
  kind: 'product',
  name: 'Blade Battery',
  names: { zh: '刀片电池', zhHant: '刀片電池' },
  aliases: ['BYD Blade Battery', 'BYD Blade'],
  summary:
    "BYD's lithium iron phosphate battery, whose long flat cells pack more energy into the space and which BYD promotes as resistant to fire in nail-penetration tests.",
  owner: 'company:byd',
  category: 'device',
  what: 'lithium iron phosphate battery pack design',
  launched: {
    value: 2020,
    source: 'https://www.shine.cn/biz/auto/2003275208/',
    note: 'March 2020; first fitted to the Han sedan',
  },
  related: ['company:byd', 'product:qilin-battery'],
  sources: ['https://www.shine.cn/biz/auto/2003275208/'],
} satisfies Product;
