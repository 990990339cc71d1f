import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Tongwei_Company';
const TONGWEI = 'https://en.tongwei.com/news/41847.html';

export default {
  id: 'company:tongwei',
  kind: 'company',
  name: 'Tongwei',
  names: { zh: '通威股份', zhHant: '通威股份', pinyin: 'Tōngwēi Gǔfèn' },
  aliases: ['Tongwei Co.', 'Tongwei Company', 'Tongwei Group', 'Tongwei Solar', '通威', '通威集团', '通威股份有限公司'],
  summary:
    "Chengdu company that began as a fish-feed maker and, after entering solar in 2006, became the world's largest producer of high-purity polysilicon and of solar cells; it still sells animal feed.",
  founded: { value: 1992, source: WIKI, note: 'as Tongwei Feed' },
  headquarters: 'city:chengdu',
  founders: ['Liu Hanyuan'],
  sectors: ['polysilicon', 'solar cells', 'animal feed'],
  listings: [{ exchange: 'SSE', ticker: '600438', since: 2004 }],
  employees: { value: 41_214, unit: 'employees', year: 2022, source: WIKI },
  revenue: {
    value: 139_104_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://www.pv-magazine.com/2024/05/07/chinese-pv-industry-brief-tongwei-canadian-solar-ja-solar-report-earnings/',
    note: 'revenue for 2023 ("operating income" in the report), down 2.33%',
  },
  related: ['company:longi', 'company:jinkosolar', 'company:trina-solar', 'city:chengdu'],
  sources: [
    WIKI,
    TONGWEI,
    'https://www.pv-magazine.com/2024/05/07/chinese-pv-industry-brief-tongwei-canadian-solar-ja-solar-report-earnings/',
  ],
} satisfies Company;
