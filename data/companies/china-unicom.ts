import type { Company } from '../../src/data/schema';

export default {
  id: 'company:china-unicom',
  kind: 'company',
  name: 'China Unicom',
  names: { zh: '中国联通', zhHant: '中國聯通', pinyin: 'Zhōngguó Liántōng' },
  aliases: [
    'China United Network Communications',
    'China United Network Communications Group',
    'China Unicom (Hong Kong)',
    '联通',
    '聯通',
    '中国联合网络通信集团有限公司',
  ],
  summary:
    "The third-largest of China's state-owned wireless carriers, begun as a paging and GSM mobile operator and now selling mobile, broadband, data-centre and cloud services; its Hong Kong-incorporated arm has traded in Hong Kong since 2000.",
  founded: {
    value: 1994,
    source: 'https://en.wikipedia.org/wiki/China_Unicom',
    note: '18 June 1994, set up by three ministries with State Council approval',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['telecommunications', 'mobile network', 'broadband', 'cloud computing'],
  listings: [],
  revenue: {
    value: 372_600_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://www.mobileworldlive.com/operators/china-unicom-expects-profit-gain-as-capex-falls/',
    note: 'operating revenue for 2023, up 5%',
  },
  employees: { value: 244_508, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/China_Unicom' },
  related: ['city:beijing', 'company:china-mobile', 'company:china-telecom'],
  sources: [
    'https://en.wikipedia.org/wiki/China_Unicom',
    'https://ar2021.chinaunicom.com.hk/English/company-profile.html',
    'https://www.mobileworldlive.com/operators/china-unicom-expects-profit-gain-as-capex-falls/',
  ],
} satisfies Company;
