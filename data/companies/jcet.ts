import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/JCET_(company)';
const LINGANG = 'https://en.lingang.gov.cn/html/website/lg/English/Home/OrientalICPort/WhatisNew/c1669554150787043329.html';
const CAIXIN = 'https://www.caixinglobal.com/2024-03-28/china-resources-pays-16-billion-for-control-of-chip-packaging-giant-102180371.html';

export default {
  id: 'company:jcet',
  kind: 'company',
  name: 'JCET Group',
  names: { zh: '长电科技', zhHant: '長電科技', pinyin: 'Chángdiàn Kējì' },
  aliases: [
    { text: 'JCET', exactCase: true },
    'Jiangsu Changjiang Electronics Technology',
    'Changjiang Electronics Technology',
    'Changdian Technology',
    '江苏长电科技',
    '江苏长电科技股份有限公司',
  ],
  summary:
    "Jiangyin-based chip packaging and testing contractor, mainland China's largest and among the top three worldwide, which began as a local transistor factory; the state-owned China Resources group took control of it in 2024.",
  founded: { value: 1972, source: WIKI, note: 'as a transistor factory in Jiangyin' },
  headquarters: 'Jiangyin',
  founders: [],
  sectors: ['semiconductors', 'chip packaging and testing', 'advanced packaging'],
  listings: [{ exchange: 'SSE', ticker: '600584', since: 2003 }],
  employees: { value: 19_812, unit: 'employees', year: 2023, source: WIKI },
  revenue: { value: 29_660_000_000, unit: 'CNY', year: 2023, source: WIKI },
  related: ['company:smic', 'policy:big-fund', 'zone:lingang'],
  sources: [WIKI, LINGANG, CAIXIN],
} satisfies Company;
