import type { Company } from '../../src/data/schema';

export default {
  id: 'company:vivo',
  kind: 'company',
  name: 'vivo',
  names: { zh: '维沃', zhHant: '維沃', pinyin: 'Wéiwò' },
  // "in vivo" (Latin) and Vivo, the Brazilian telecom operator.
  aliases: [
    { text: 'vivo', needsContext: 'common-word' },
    'vivo Mobile',
    'Vivo Mobile Communication',
    'Vivo Communication Technology',
    '维沃移动通信',
    '維沃移動通信',
  ],
  summary:
    'Dongguan smartphone maker set up within the BBK Electronics family, a sibling of OPPO, with research centres across China and abroad.',
  founded: { value: 2009, source: 'https://en.wikipedia.org/wiki/Vivo_(technology_company)' },
  headquarters: 'city:dongguan',
  founders: ['Shen Wei', 'Duan Yongping'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  employees: { value: 40000, unit: 'employees', year: 2022, source: 'https://en.wikipedia.org/wiki/Vivo_(technology_company)' },
  related: ['company:oppo', 'company:xiaomi', 'company:transsion', 'city:dongguan'],
  sources: ['https://en.wikipedia.org/wiki/Vivo_(technology_company)'],
} satisfies Company;
