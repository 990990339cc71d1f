import type { Company } from '../../src/data/schema';

export default {
  id: 'company:naura',
  kind: 'company',
  name: 'NAURA Technology Group',
  names: { zh: '北方华创', zhHant: '北方華創', pinyin: 'Běifāng Huáchuàng' },
  aliases: ['NAURA', 'Naura Technology', 'Beijing Sevenstar Electronics', 'Sevenstar Electronics', '北方华创科技集团'],
  summary:
    "China's largest maker of chipmaking equipment (etch, deposition, cleaning and thermal tools), partly state-owned and renamed from Sevenstar Electronics in 2017.",
  founded: {
    value: 2001,
    source: 'https://en.wikipedia.org/wiki/NAURA_Technology_Group',
    note: 'September 2001, as Beijing Sevenstar Electronics',
  },
  headquarters: 'city:beijing',
  founders: ['Beijing Electronics Holdings'],
  sectors: ['semiconductor equipment'],
  listings: [{ exchange: 'SZSE', ticker: '002371', since: 2010 }],
  revenue: {
    value: 22_080_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/NAURA_Technology_Group',
    note: 'fiscal year 2023, as given in the Wikipedia infobox',
  },
  employees: {
    value: 10007,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/NAURA_Technology_Group',
  },
  related: ['city:beijing', 'company:amec', 'company:smic'],
  sources: ['https://en.wikipedia.org/wiki/NAURA_Technology_Group'],
} satisfies Company;
