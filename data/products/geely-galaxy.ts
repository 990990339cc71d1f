import type { Product } from '../../src/data/schema';

export default {
  id: 'product:geely-galaxy',
  kind: 'product',
  name: 'Geely Galaxy',
  names: { zh: '吉利银河', zhHant: '吉利銀河' },
  aliases: ['Galaxy L7', 'Galaxy E8', 'Geely Galaxy L7'],
  summary:
    "Geely's brand of plug-in hybrid and battery-electric cars for the mass market, created to win back ground lost to BYD and Tesla.",
  owner: 'company:geely',
  category: 'vehicle-brand',
  what: 'new-energy car brand',
  launched: {
    value: 2023,
    source:
      'https://auto.hindustantimes.com/auto/electric-vehicles/this-new-chinese-electric-vehicle-brand-aims-to-take-on-tesla-and-byd/amp-41677209066465.html',
    note: 'announced February 2023; first model the L7 SUV',
  },
  related: ['company:geely', 'product:lynk-co', 'company:zeekr'],
  sources: [
    'https://auto.hindustantimes.com/auto/electric-vehicles/this-new-chinese-electric-vehicle-brand-aims-to-take-on-tesla-and-byd/amp-41677209066465.html',
  ],
} satisfies Product;
