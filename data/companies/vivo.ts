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
  founded: { value: 2009, source: 'https://wiki.gravy.cc/wiki/Vivo_(technology_company)' },
  headquarters: 'city:dongguan',
  founders: ['Shen Wei', 'Duan Yongping'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  employees: { value: 40000, unit: 'employees', year: 2022, source: 'https://wiki.gravy.cc/wiki/Vivo_(technology_company)' },
  related: ['company:oppo', 'company:xiaomi', 'company:transsion', 'city:dongguan'],
  sources: [
    'https://wiki.gravy.cc/wiki/Vivo_(technology_company)',
    'https://www.slashgear.com/1642412/about-vivo-phones-and-accessories/',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2009, source: 'https://wiki.gravy.cc/wiki/Vivo_(technology_company)' },
        { value: 1995, source: 'https://www.meltwater.com/en/customer-stories/vivo-global' },
      ],
      note: '1995 dates the BBK telephone business vivo grew out of; the vivo company itself dates from 2009.',
    },
  ],
} satisfies Company;
