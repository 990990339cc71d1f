import type { Company } from '../../src/data/schema';

export default {
  id: 'company:lenovo',
  kind: 'company',
  name: 'Lenovo',
  names: { zh: '联想', zhHant: '聯想', pinyin: 'Liánxiǎng' },
  // 联想 is also the verb "to associate, call to mind".
  aliases: ['Lenovo Group', '联想集团', '聯想集團', { text: 'Legend', needsContext: 'common-word', exactCase: true }, { text: '联想', needsContext: 'common-word' }, { text: '聯想', needsContext: 'common-word' }],
  summary:
    "The world's largest PC maker by units, started in Beijing in 1984 as Legend by engineers from the Chinese Academy of Sciences; it bought IBM's PC business in 2005 and Motorola Mobility in 2014.",
  founded: {
    value: 1984,
    source: 'https://www.bloggerxyte.eu.org/2025/03/lenovo.html',
    note: '1 November 1984 in Beijing, as Legend',
  },
  headquarters: 'city:beijing',
  founders: ['Liu Chuanzhi', 'Danny Lui'],
  sectors: ['personal computers', 'servers', 'smartphones'],
  listings: [{ exchange: 'HKEX', ticker: '0992', since: 1994 }],
  employees: { value: 77_000, unit: 'employees', year: 2023, source: 'https://simple.wikipedia.org/wiki/Lenovo' },
  revenue: {
    value: 50_700_000_000,
    unit: 'USD',
    year: 2020,
    source: 'https://via.ritzau.dk/pressemeddelelse/lenovo-group?publisherId=90456&releaseId=13593670',
    note: 'fiscal year ended 31 March 2020, from the company’s results press release',
  },
  related: ['city:beijing', 'city:hong-kong', 'zone:zhongguancun', 'zone:haidian', 'company:nio'],
  sources: [
    'https://www.bloggerxyte.eu.org/2025/03/lenovo.html',
    'https://simple.wikipedia.org/wiki/Lenovo',
    'https://ithistory.org/db/companies/lenovo-group-limited',
    'https://prfeed.in/2022/02/22/lenovo-selected-as-a-constituent-stock-of-the-hang-seng-index/',
    'https://via.ritzau.dk/pressemeddelelse/lenovo-group?publisherId=90456&releaseId=13593670',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Beijing', source: 'https://simple.wikipedia.org/wiki/Lenovo' },
        { value: 'Morrisville, North Carolina', source: 'https://simple.wikipedia.org/wiki/Lenovo' },
        { value: 'Hong Kong (place of incorporation)', source: 'https://ithistory.org/db/companies/lenovo-group-limited' },
      ],
      note: 'Incorporated in Hong Kong, with its global head office in Beijing and operational headquarters in Morrisville.',
    },
    {
      field: 'founded',
      values: [
        { value: 1984, source: 'https://www.bloggerxyte.eu.org/2025/03/lenovo.html' },
        { value: 1988, source: 'https://ithistory.org/db/companies/lenovo-group-limited' },
      ],
      note: 'Founded in Beijing in 1984; the Hong Kong company was incorporated in 1988.',
    },
  ],
} satisfies Company;
