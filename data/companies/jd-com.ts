import type { Company } from '../../src/data/schema';

export default {
  id: 'company:jd-com',
  kind: 'company',
  name: 'JD.com',
  names: { zh: '京东', zhHant: '京東', pinyin: 'Jīngdōng' },
  aliases: ['Jingdong', 'JD.com Inc', '360buy', '京东集团', '京東集團', { text: 'JD', needsContext: 'other-entity', exactCase: true }],
  summary:
    'Beijing online retailer that sells mostly its own stock and runs its own nationwide delivery network; Richard Liu started it as a shop in Zhongguancun before moving online in 2004.',
  founded: {
    value: 1998,
    source: 'https://www.scmp.com/abacus/who-what/what/article/3028238/googles-new-chinese-partner-jdcom-online-retail-titan',
    note: 'Beijing; moved online in 2004',
  },
  headquarters: 'city:beijing',
  founders: ['Richard Liu (Liu Qiangdong)'],
  sectors: ['e-commerce', 'logistics', 'retail technology'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'JD', since: 2014 },
    { exchange: 'HKEX', ticker: '9618', since: 2020 },
  ],
  employees: { value: 310_000, unit: 'employees', year: 2020, source: 'https://en.wikipedia.org/wiki/JD.com' },
  revenue: {
    value: 1_309_100_000_000,
    unit: 'CNY',
    year: 2025,
    source:
      'https://www.globenewswire.com/news-release/2026/03/05/3249915/0/en/JD-com-Announces-Fourth-Quarter-and-Full-Year-2025-Results-and-Annual-Dividend.html',
    note: 'unaudited net revenues for the year ended 31 December 2025, from the company’s results release',
  },
  related: ['company:tencent', 'company:alibaba', 'company:pdd-holdings', 'city:beijing', 'zone:zhongguancun'],
  sources: [
    'https://www.globenewswire.com/news-release/2026/03/05/3249915/0/en/JD-com-Announces-Fourth-Quarter-and-Full-Year-2025-Results-and-Annual-Dividend.html',
    'https://pandaily.com/?p=27587',
    'https://en.wikipedia.org/wiki/JD.com',
    'https://www.scmp.com/abacus/who-what/what/article/3028238/googles-new-chinese-partner-jdcom-online-retail-titan',
  ],
} satisfies Company;
