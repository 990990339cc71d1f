import type { Product } from '../../src/data/schema';

export default {
  id: 'product:avatr',
  kind: 'product',
  name: 'Avatr',
  names: { zh: '阿维塔', zhHant: '阿維塔', pinyin: 'Āwéitǎ' },
  aliases: [
    'Avita',
    'AVATR',
    'Avatr Technology',
  ],
  summary:
    'Premium electric-car brand of Changan Automobile, created together with Huawei and battery maker CATL.',
  owner: 'company:changan',
  category: 'vehicle-brand',
  what: 'premium electric-vehicle brand',
  launched: {
    value: 2021,
    source: 'https://www.scmp.com/business/companies/article/3134346/tesla-faces-yet-another-ev-rival-china-partner-ford-and-mazda',
    note: 'set up in 2021 with Huawei and CATL',
  },
  related: ['company:changan', 'company:huawei', 'company:catl', 'city:chongqing'],
  sources: [
    'https://www.scmp.com/business/companies/article/3134346/tesla-faces-yet-another-ev-rival-china-partner-ford-and-mazda',
  ],
} satisfies Product;
