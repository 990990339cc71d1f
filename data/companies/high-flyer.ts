import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/High-Flyer';

export default {
  id: 'company:high-flyer',
  kind: 'company',
  name: 'High-Flyer',
  names: { zh: '幻方量化', zhHant: '幻方量化', pinyin: 'Huànfāng Liànghuà' },
  // "high-flyer" is also an ordinary English word for a successful person.
  aliases: [
    { text: 'High-Flyer', needsContext: 'common-word', exactCase: true },
    { text: 'High Flyer', needsContext: 'common-word', exactCase: true },
    'High-Flyer Quant',
    'High-Flyer Capital',
    'Ningbo High-Flyer',
    'Zhejiang High-Flyer Asset Management',
    '幻方',
  ],
  summary:
    'Hangzhou quantitative hedge fund run with machine-learning models, which built its own GPU clusters and then founded and funds the AI lab DeepSeek.',
  founded: {
    value: 2016,
    source: WIKI,
    note: 'the Ningbo partnership was registered in February 2016; its Zhejiang asset-management arm dates from 2015',
  },
  headquarters: 'city:hangzhou',
  founders: ['Liang Wenfeng', 'Xu Jin', 'Zheng Dawei'],
  sectors: ['quantitative investing', 'hedge funds', 'artificial intelligence'],
  listings: [],
  employees: { value: 160, unit: 'employees', year: 2021, source: WIKI },
  related: ['company:deepseek', 'city:hangzhou'],
  sources: [WIKI],
} satisfies Company;
