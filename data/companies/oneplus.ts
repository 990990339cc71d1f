import type { Company } from '../../src/data/schema';

export default {
  id: 'company:oneplus',
  kind: 'company',
  name: 'OnePlus',
  names: { zh: '一加', pinyin: 'Yījiā' },
  aliases: ['OnePlus Technology', 'OnePlus Technology (Shenzhen)', '一加科技'],
  summary:
    'Shenzhen smartphone brand started by former Oppo vice-president Pete Lau and Carl Pei, known for "flagship killer" phones sold online; it builds on Oppo\'s factories and supply chain and is now part of Oppo.',
  founded: { value: 2013, source: 'https://en.wikipedia.org/wiki/OnePlus', note: '16 December 2013' },
  headquarters: 'city:shenzhen',
  founders: ['Pete Lau', 'Carl Pei'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  parent: 'company:oppo',
  employees: { value: 2_700, unit: 'employees', year: 2019, source: 'https://en.wikipedia.org/wiki/OnePlus', note: 'more than' },
  related: ['company:oppo', 'company:realme', 'city:shenzhen'],
  sources: ['https://en.wikipedia.org/wiki/OnePlus'],
} satisfies Company;
