import type { Product } from '../../src/data/schema';

export default {
  id: 'product:denza',
  kind: 'product',
  name: 'Denza',
  names: { zh: '腾势', zhHant: '騰勢', pinyin: 'Téngshì' },
  aliases: ['Denza Auto', 'BYD Denza'],
  summary:
    'Premium new-energy car brand that began as a 50:50 venture of BYD and Daimler; Mercedes-Benz later cut its stake and BYD took control.',
  owner: 'company:byd',
  category: 'vehicle-brand',
  what: 'premium electric-vehicle brand',
  launched: {
    value: 2012,
    source: 'https://en.wikipedia.org/wiki/Denza',
    note: 'brand name unveiled in March 2012; the BYD–Daimler venture behind it was formed in May 2010',
  },
  related: ['company:byd', 'product:yangwang', 'product:fangchengbao', 'city:shenzhen'],
  sources: ['https://en.wikipedia.org/wiki/Denza'],
} satisfies Product;
