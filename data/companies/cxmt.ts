import type { Company } from '../../src/data/schema';

export default {
  id: 'company:cxmt',
  kind: 'company',
  name: 'ChangXin Memory Technologies',
  names: { zh: '长鑫存储', zhHant: '長鑫存儲', pinyin: 'Chángxīn Cúnchǔ' },
  aliases: [
    { text: 'CXMT', exactCase: true },
    'ChangXin Memory',
    'Changxin',
    'Innotron Memory',
    { text: 'Innotron', needsContext: 'other-entity' },
    '长鑫存储技术',
  ],
  summary:
    "Hefei-based DRAM maker, China's main domestic source of memory chips for PCs and phones; formerly known as Innotron. In late 2025 the Shanghai Stock Exchange accepted its application for a STAR Market IPO seeking 29.5 billion yuan.",
  founded: {
    value: 2016,
    source: 'https://en.wikipedia.org/wiki/ChangXin_Memory_Technologies',
    note: 'as Innotron Memory',
  },
  headquarters: 'city:hefei',
  founders: [],
  sectors: ['dram memory'],
  listings: [],
  employees: {
    value: 3000,
    unit: 'employees',
    year: 2019,
    source: 'https://en.wikipedia.org/wiki/ChangXin_Memory_Technologies',
  },
  related: ['city:hefei', 'company:ymtc', 'policy:star-market'],
  sources: [
    'https://www.scmp.com/news/china-future-tech/semiconductors/article/3338246/chinas-dram-giant-cxmt-plans-us42-billion-ipo-shanghais-star-market',
    'https://en.wikipedia.org/wiki/ChangXin_Memory_Technologies',
  ],
} satisfies Company;
