import type { Company } from '../../src/data/schema';

export default {
  id: 'company:haier',
  kind: 'company',
  name: 'Haier',
  names: { zh: '海尔', zhHant: '海爾', pinyin: "Hǎi'ěr" },
  aliases: ['Haier Group', 'Haier Smart Home', '海尔集团', '海爾集團'],
  summary:
    'Qingdao home-appliance group grown out of a loss-making collective refrigerator factory; its brands include GE Appliances, Fisher & Paykel and Candy.',
  founded: {
    value: 1984,
    source: 'https://www.haier.com/global/about-haier/intro/?to=3',
    note: 'as Qingdao Refrigerator General Factory',
  },
  headquarters: 'city:qingdao',
  // Zhang Ruimin was appointed to run the existing factory in 1984 and is credited as Haier's founder.
  founders: ['Zhang Ruimin'],
  sectors: ['home appliances', 'consumer electronics', 'industrial internet'],
  listings: [
    { exchange: 'SSE', ticker: '600690' },
    { exchange: 'HKEX', ticker: '6690' },
  ],
  related: ['city:qingdao', 'company:midea', 'company:gree'],
  sources: ['https://www.haier.com/global/about-haier/intro/?to=3', 'https://en.wikipedia.org/wiki/Zhang_Ruimin'],
} satisfies Company;
