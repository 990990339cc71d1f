import type { Company } from '../../src/data/schema';

export default {
  id: 'company:new-oriental',
  kind: 'company',
  name: 'New Oriental',
  names: { zh: '新东方', zhHant: '新東方', pinyin: 'Xīn Dōngfāng' },
  aliases: ['New Oriental Education & Technology Group', 'New Oriental Education and Technology Group', '新东方教育科技集团'],
  summary:
    "China's largest private education company, started by former Peking University English teacher Yu Minhong to prepare students for TOEFL and GRE exams; it was the first Chinese education company listed in New York in 2006.",
  founded: {
    value: 1993,
    source: 'https://investor.neworiental.org/index.php/shareholder-services/investor-faqs',
    note: '16 November 1993, as Beijing New Oriental School',
  },
  headquarters: 'city:beijing',
  founders: ['Yu Minhong'],
  sectors: ['education', 'test preparation', 'overseas study services'],
  listings: [
    { exchange: 'NYSE', ticker: 'EDU', since: 2006 },
    { exchange: 'HKEX', ticker: '9901' },
  ],
  related: ['city:beijing', 'zone:haidian', 'company:tal-education'],
  sources: [
    'https://investor.neworiental.org/index.php/shareholder-services/investor-faqs',
    'https://en.wikipedia.org/wiki/New_Oriental',
    'https://en.wikipedia.org/wiki/Yu_Minhong',
  ],
} satisfies Company;
