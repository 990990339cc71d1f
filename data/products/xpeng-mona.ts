import type { Product } from '../../src/data/schema';

export default {
  id: 'product:xpeng-mona',
  kind: 'product',
  name: 'XPeng MONA',
  names: { zh: '小鹏MONA' },
  aliases: ['MONA M03', 'Mona M03', 'XPeng Mona', 'Xpeng MONA M03'],
  summary: "XPeng's cheaper car line; its first model, the M03, drew tens of thousands of orders within days of launch.",
  owner: 'company:xpeng',
  category: 'vehicle-brand',
  what: 'lower-priced electric car line',
  launched: {
    value: 2024,
    source: 'https://electrek.co/2024/09/10/xpeng-asks-suppliers-keep-up-mona-m03-ev-averages-over-2k-new-orders-day',
    note: 'announced April 2024; first model M03 on sale from late August 2024',
  },
  related: ['company:xpeng'],
  sources: ['https://electrek.co/2024/09/10/xpeng-asks-suppliers-keep-up-mona-m03-ev-averages-over-2k-new-orders-day'],
} satisfies Product;
