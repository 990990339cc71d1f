import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Weichai_Power';
const CHINA_DAILY = 'https://shandong.chinadaily.com.cn/2024-03/26/c_973949.htm';

export default {
  id: 'company:weichai-power',
  kind: 'company',
  name: 'Weichai Power',
  names: { zh: '潍柴动力', zhHant: '濰柴動力', pinyin: 'Wéichái Dònglì' },
  aliases: ['Weichai', 'Weichai Power Co.', '潍柴', '潍柴动力股份有限公司'],
  summary:
    "State-controlled maker of diesel engines, powertrains and heavy trucks in Weifang, Shandong, and one of China's leading engine makers; it bought the French engine maker Baudouin in 2009 and has since built up holdings abroad.",
  founded: { value: 2002, source: WIKI, note: 'the listed company, with Weichai Holding as main sponsor' },
  headquarters: 'Weifang',
  founders: ['Weichai Holding Group'],
  sectors: ['diesel engines', 'powertrains', 'heavy trucks', 'fuel cells'],
  listings: [
    { exchange: 'HKEX', ticker: '2338', since: 2004 },
    { exchange: 'SZSE', ticker: '000338' },
  ],
  employees: { value: 42_000, unit: 'employees', year: 2014, source: WIKI },
  revenue: { value: 214_000_000_000, unit: 'CNY', year: 2023, source: CHINA_DAILY, note: 'operating revenue, as given by the chairman' },
  related: ['company:xcmg', 'company:sany', 'company:zoomlion'],
  sources: [WIKI, CHINA_DAILY],
} satisfies Company;
