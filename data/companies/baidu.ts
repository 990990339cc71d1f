import type { Company } from '../../src/data/schema';

export default {
  id: 'company:baidu',
  kind: 'company',
  name: 'Baidu',
  names: { zh: '百度', pinyin: 'Bǎidù' },
  aliases: ['Baidu Inc', 'Baidu, Inc.'],
  summary:
    "China's dominant web search engine, based in Beijing's Haidian District, which has pushed into artificial intelligence, cloud services and self-driving cars.",
  founded: {
    value: 2000,
    source: 'https://ir.baidu.com/shareholder-services/investor-faqs?c=188488&p=irol-faq',
    note: 'incorporated January 2000',
  },
  headquarters: 'city:beijing',
  founders: ['Robin Li', 'Eric Xu'],
  sectors: ['internet search', 'online advertising', 'artificial intelligence', 'autonomous driving'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'BIDU', since: 2005 },
    { exchange: 'HKEX', ticker: '9888', since: 2021 },
  ],
  employees: {
    value: 42_267,
    unit: 'employees',
    year: 2018,
    source: 'https://ir.baidu.com/shareholder-services/investor-faqs?c=188488&p=irol-faq',
  },
  related: ['city:beijing', 'zone:haidian', 'zone:zhongguancun'],
  sources: [
    'https://www.caixinglobal.com/2021-03-23/like-its-business-baidu-ends-flat-in-hong-kong-debut-101679221.html',
    'https://ir.baidu.com/shareholder-services/investor-faqs?c=188488&p=irol-faq',
  ],
} satisfies Company;
