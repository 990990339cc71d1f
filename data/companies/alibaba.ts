import type { Company } from '../../src/data/schema';

export default {
  id: 'company:alibaba',
  kind: 'company',
  name: 'Alibaba Group',
  names: { zh: '阿里巴巴集团', zhHant: '阿里巴巴集團', pinyin: 'Ālǐbābā Jítuán' },
  aliases: ['Alibaba', 'Alibaba Group Holding', 'Alibaba Holding', '阿里巴巴', '阿里'],
  summary:
    'Hangzhou e-commerce and cloud conglomerate behind Taobao, Tmall and Alibaba.com, started by Jack Ma and a small team in his apartment in 1999. Its 2014 New York flotation was the largest IPO on record at the time.',
  founded: { value: 1999, source: 'https://docs-src.alibabagroup.com/en/about/faqs', note: 'Hangzhou' },
  headquarters: 'city:hangzhou',
  founders: ['Jack Ma'],
  sectors: ['e-commerce', 'cloud computing', 'digital payments', 'logistics'],
  listings: [
    { exchange: 'NYSE', ticker: 'BABA', since: 2014 },
    { exchange: 'HKEX', ticker: '9988', since: 2019 },
  ],
  revenue: {
    value: 941_168_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R65.htm',
    note: 'fiscal year ended 31 March 2024, from the annual report (Form 20-F) filed with the SEC',
  },
  related: [
    'company:ant-group',
    'company:kaola',
    'company:alibaba-cloud',
    'company:jd-com',
    'company:pdd-holdings',
    'city:hangzhou',
    'zone:binjiang',
  ],
  sources: [
    'https://www.sec.gov/Archives/edgar/data/1577552/000095017024063767/R65.htm',
    'https://docs-src.alibabagroup.com/en/about/faqs',
    'https://www.scmp.com/business/companies/article/3039648/alibabas-hong-kong-shares-get-fast-entry-hang-seng-composite',
  ],
} satisfies Company;
