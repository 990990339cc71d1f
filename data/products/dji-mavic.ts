import type { Product } from '../../src/data/schema';

export default {
  id: 'product:dji-mavic',
  kind: 'product',
  name: 'DJI Mavic',
  names: { zh: '大疆御Mavic' },
  aliases: ['Mavic Pro', 'DJI Mavic Pro', 'Mavic 3', 'Mavic 4', 'DJI Mavic 3'],
  summary:
    "DJI's line of folding camera drones, which shrank a capable aerial camera into a bag-sized body and became a mainstay of consumer and professional drone photography.",
  owner: 'company:dji',
  category: 'device',
  what: 'foldable camera drone line',
  launched: {
    value: 2016,
    source: 'https://dev.mobilesyrup.com/2016/11/04/dji-officially-delays-foldable-mavic-pro-drone-shipments/',
    note: 'Mavic Pro, autumn 2016',
  },
  related: ['company:dji', 'city:shenzhen'],
  sources: ['https://dev.mobilesyrup.com/2016/11/04/dji-officially-delays-foldable-mavic-pro-drone-shipments/'],
} satisfies Product;
