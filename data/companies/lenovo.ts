import type { Company } from '../../src/data/schema';

export default {
  id: 'company:lenovo',
  kind: 'company',
  name: 'Lenovo',
  names: { zh: '联想', zhHant: '聯想', pinyin: 'Liánxiǎng' },
  // 联想 is also the verb "to associate, call to mind".
  aliases: [
    'Lenovo Group',
    '联想集团',
    '聯想集團',
    { text: 'Legend', needsContext: 'common-word', exactCase: true },
    { text: '联想', needsContext: 'common-word' },
    { text: '聯想', needsContext: 'common-word' },
  ],
  summary:
    "The world's largest PC maker by units, started in Beijing in 1984 as Legend by engineers from the Chinese Academy of Sciences; it bought IBM's PC business in 2005 and Motorola Mobility in 2014.",
  founded: {
    value: 1984,
    source: 'https://en.wikipedia.org/wiki/Lenovo',
    note: '1 November 1984 in Beijing, as Legend',
  },
  headquarters: 'city:beijing',
  founders: ['Liu Chuanzhi', 'Danny Lui'],
  sectors: ['personal computers', 'servers', 'smartphones'],
  listings: [{ exchange: 'HKEX', ticker: '0992', since: 1994 }],
  revenue: {
    value: 498_500_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://eu.36kr.com/en/p/3305206119373568',
    note: 'fiscal year ended 31 March 2025, in yuan as reported by 36Kr (Lenovo reports in US dollars)',
  },
  related: ['city:beijing', 'city:hong-kong', 'zone:zhongguancun', 'zone:haidian', 'company:nio'],
  sources: ['https://en.wikipedia.org/wiki/Lenovo', 'https://eu.36kr.com/en/p/3305206119373568'],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Beijing', source: 'https://en.wikipedia.org/wiki/Lenovo' },
        { value: 'Morrisville, North Carolina', source: 'https://en.wikipedia.org/wiki/Lenovo' },
      ],
      note: 'A head office in Beijing and operational headquarters in Morrisville.',
    },
  ],
} satisfies Company;
