import type { Company } from '../../src/data/schema';

export default {
  id: 'company:li-auto',
  kind: 'company',
  name: 'Li Auto',
  names: { zh: '理想汽车', zhHant: '理想汽車', pinyin: 'Lǐxiǎng Qìchē' },
  // Bare "Li" is a common surname ("Premier Li said"): deliberately not an alias.
  aliases: [
    'Li Auto Inc.',
    'Li Auto Inc',
    'Lixiang',
    'CHJ Automotive',
    'CHJ Auto',
    'Chehejia',
    'Leading Ideal',
    { text: '理想', needsContext: 'common-word' },
  ],
  summary:
    'Beijing-based maker of electric SUVs, best known for range-extender models that carry a small petrol generator; it builds its cars in Changzhou.',
  founded: { value: 2015, source: 'https://en.wikipedia.org/wiki/Li_Auto', note: 'as Beijing Chehejia Information Technology' },
  headquarters: 'city:beijing',
  founders: ['Li Xiang'],
  sectors: ['electric vehicles', 'automotive'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'LI', since: 2020 },
    { exchange: 'HKEX', ticker: '2015' },
  ],
  employees: { value: 31591, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/Li_Auto' },
  revenue: {
    value: 112.3e9,
    unit: 'CNY',
    year: 2025,
    source:
      'https://www.globenewswire.com/news-release/2026/03/12/3254330/0/en/Li-Auto-Inc-Announces-Unaudited-Fourth-Quarter-and-Full-Year-2025-Financial-Results.html',
    note: 'unaudited results for the year ended 31 December 2025, from the company’s release',
  },
  related: ['company:nio', 'company:xpeng', 'company:didi', 'city:beijing'],
  sources: [
    'https://en.wikipedia.org/wiki/Li_Auto',
    'https://www.scmp.com/magazines/style/celebrity/article/3114450/teslas-china-rival-li-auto-was-founded-millennial-chinese',
    'https://www.globenewswire.com/news-release/2026/03/12/3254330/0/en/Li-Auto-Inc-Announces-Unaudited-Fourth-Quarter-and-Full-Year-2025-Financial-Results.html',
  ],
} satisfies Company;
