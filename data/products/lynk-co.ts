import type { Product } from '../../src/data/schema';

export default {
  id: 'product:lynk-co',
  kind: 'product',
  name: 'Lynk & Co',
  names: { zh: '领克', zhHant: '領克', pinyin: 'Lǐngkè' },
  aliases: ['Lynk and Co', 'Lynk & Co 01', 'Lingke'],
  summary:
    'Car brand from the Geely group, built on platforms shared with Volvo and sold through direct and subscription models; Zeekr took majority control in 2024.',
  owner: 'company:geely',
  category: 'vehicle-brand',
  what: 'car brand sold online and by subscription',
  launched: {
    value: 2016,
    source: 'https://en.wikipedia.org/wiki/Lynk_%26_Co',
    note: 'established 2016 as a venture of Volvo Cars, Geely Auto and Geely Holding',
  },
  headline: {
    value: 285_441,
    unit: 'units',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/Lynk_%26_Co',
    note: 'vehicles produced',
  },
  related: ['company:geely', 'company:zeekr', 'city:hangzhou'],
  sources: ['https://en.wikipedia.org/wiki/Lynk_%26_Co'],
} satisfies Product;
