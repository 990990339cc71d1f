import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tecno',
  kind: 'product',
  name: 'TECNO',
  names: { zh: '传音TECNO' },
  aliases: ['Tecno Mobile', 'TECNO Mobile'],
  summary: "Transsion's first phone brand, which grew by designing handsets for African buyers, with features such as dual SIM slots.",
  owner: 'company:transsion',
  category: 'device',
  what: 'mobile phone brand for emerging markets',
  launched: {
    value: 2006,
    source: 'https://www.transsion.com/en/about/history.html',
    note: 'first phone launched August 2006',
  },
  related: ['company:transsion', 'product:itel', 'city:shenzhen'],
  sources: ['https://www.transsion.com/en/about/history.html'],
} satisfies Product;
