import type { Company } from '../../src/data/schema';

export default {
  id: 'company:gree',
  kind: 'company',
  name: 'Gree Electric Appliances',
  names: { zh: '格力电器', zhHant: '格力電器', pinyin: 'Gélì Diànqì' },
  aliases: [
    'Gree Electric',
    'Gree Electric Appliances Inc. of Zhuhai',
    { text: 'Gree', exactCase: true },
    'Zhuhai Gree',
    '格力',
    '珠海格力电器',
  ],
  summary:
    "Zhuhai company that is the world's largest maker of residential air conditioners, long led by chairwoman Dong Mingzhu; it also makes fans, water dispensers and other small appliances.",
  founded: {
    value: 1991,
    source: 'https://asia.nikkei.com/Companies/Gree-Electric-Appliances-Inc.-of-Zhuhai',
  },
  headquarters: 'city:zhuhai',
  founders: [],
  sectors: ['air conditioners', 'home appliances'],
  listings: [{ exchange: 'SZSE', ticker: '000651', since: 1996 }],
  revenue: {
    value: 27_900_000_000,
    unit: 'USD',
    year: 2022,
    source: 'https://en.wikipedia.org/wiki/Gree_Electric',
    note: 'fiscal year 2022, as given in the Wikipedia infobox',
  },
  related: ['city:zhuhai', 'company:midea', 'company:haier'],
  sources: ['https://asia.nikkei.com/Companies/Gree-Electric-Appliances-Inc.-of-Zhuhai', 'https://en.wikipedia.org/wiki/Gree_Electric'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1991, source: 'https://asia.nikkei.com/Companies/Gree-Electric-Appliances-Inc.-of-Zhuhai' },
        { value: 1989, source: 'https://en.wikipedia.org/wiki/Gree_Electric' },
      ],
      note: 'Wikipedia dates it from Zhuhai Haili Cooling Engineering (1989), renamed Gree in 1994; Nikkei and the company give 1991.',
    },
  ],
} satisfies Company;
