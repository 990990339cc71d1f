import type { Company } from '../../src/data/schema';

export default {
  id: 'company:china-telecom',
  kind: 'company',
  name: 'China Telecom',
  names: { zh: '中国电信', zhHant: '中國電信', pinyin: 'Zhōngguó Diànxìn' },
  aliases: ['China Telecom Corporation', 'China Telecom Corp', 'China Telecommunications Corporation', '中国电信股份有限公司'],
  summary:
    "Listed arm of the state-owned China Telecommunications Corporation, running fixed-line broadband, mobile and cloud services; it is the country's second-largest wireless carrier and left the New York Stock Exchange in 2021.",
  founded: {
    value: 2002,
    source: 'https://en.wikipedia.org/wiki/China_Telecom',
    note: 'listed company incorporated 10 September 2002',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['telecommunications', 'broadband', 'mobile network', 'cloud computing'],
  listings: [
    { exchange: 'HKEX', ticker: '0728', since: 2002 },
    { exchange: 'SSE', ticker: '601728' },
  ],
  revenue: {
    value: 418_400_000_000,
    unit: 'CNY',
    year: 2022,
    source: 'https://www.lightreading.com/services/digital-boom-powers-china-telecom-revenue-earnings/d/d-id/783971',
    note: 'operating revenue for 2022, up 9.5%',
  },
  employees: {
    value: 287_076,
    unit: 'employees',
    year: 2016,
    source: 'https://en.wikipedia.org/wiki/China_Telecom',
  },
  related: ['city:beijing', 'company:china-mobile', 'policy:broadband-china'],
  sources: [
    'https://en.wikipedia.org/wiki/China_Telecom',
    'https://govt.chinadaily.com.cn/s/201904/22/WS5cbd2cb4498e079e6801eb03/china-telecommunications-corporation-china-telecom.html',
    'https://www.lightreading.com/services/digital-boom-powers-china-telecom-revenue-earnings/d/d-id/783971',
  ],
} satisfies Company;
