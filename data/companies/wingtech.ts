import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Wingtech';
const WIRE = 'https://www.thewirechina.com/2022/09/25/wingtech-takes-flight/';
const CAIXIN =
  'https://www.caixinglobal.com/2025-10-13/wingtech-loses-control-of-dutch-chipmaker-nexperia-after-government-freeze-102371009.html';

export default {
  id: 'company:wingtech',
  kind: 'company',
  name: 'Wingtech',
  names: { zh: '闻泰科技', zhHant: '聞泰科技', pinyin: 'Wéntài Kējì' },
  aliases: ['Wingtech Technology', 'Wingtech Technology Co.', '闻泰', '闻泰科技股份有限公司'],
  summary:
    'Jiaxing company that began as a contract designer of low-cost smartphones and, after buying the Dutch chipmaker Nexperia, turned toward power semiconductors; it was put on the US Entity List in December 2024 and lost control of Nexperia to a Dutch government order in 2025.',
  founded: { value: 2006, source: WIKI, note: 'as a phone design house' },
  headquarters: 'city:jiaxing',
  founders: ['Zhang Xuezheng'],
  sectors: ['semiconductors', 'smartphone ODM', 'electronics manufacturing'],
  listings: [{ exchange: 'SSE', ticker: '600745' }],
  related: ['company:nexperia', 'company:luxshare', 'company:xiaomi'],
  sources: [WIKI, WIRE, CAIXIN],
} satisfies Company;
