import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Hisense';
const CCTV = 'https://www.cctvplus.com/news/20250711/8436118.shtml';
const MRTV = 'https://www.myanmaritv.com/node/45407';

export default {
  id: 'company:hisense',
  kind: 'company',
  name: 'Hisense',
  names: { zh: '海信', zhHant: '海信', pinyin: 'Hǎixìn' },
  aliases: ['Hisense Group', 'Hisense Co.', '海信集团', '海信集團'],
  summary:
    "Qingdao maker of televisions and home appliances that began as a city-run radio factory; it has been China's largest TV seller since 2004, and two of its subsidiaries, Hisense Visual Technology and Hisense H.A., are listed.",
  founded: { value: 1969, source: WIKI, note: 'as Qingdao No. 2 Radio Factory' },
  headquarters: 'city:qingdao',
  founders: [],
  sectors: ['televisions', 'home appliances', 'consumer electronics'],
  listings: [],
  related: ['company:haier', 'company:tcl', 'company:midea', 'city:qingdao'],
  sources: [WIKI, CCTV, MRTV],
  disputed: [
    {
      field: 'revenue (2023)',
      values: [
        { value: 'US$12.169 billion', source: WIKI },
        { value: '201.7 billion yuan', source: MRTV },
      ],
      note: 'The two figures may not cover the same set of Hisense companies.',
    },
  ],
} satisfies Company;
