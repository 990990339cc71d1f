import type { Company } from '../../src/data/schema';

export default {
  id: 'company:miniso',
  kind: 'company',
  name: 'Miniso',
  names: { zh: '名创优品', zhHant: '名創優品', pinyin: 'Míngchuàng Yōupǐn' },
  aliases: ['Miniso Group', 'Miniso Group Holding', '名创集团'],
  summary:
    'Guangzhou budget retailer selling cheap lifestyle and household goods, often in licensed collaborations with characters such as Hello Kitty and Marvel, through thousands of stores in China and abroad; it also runs the TOP TOY chain.',
  founded: {
    value: 2013,
    source: 'https://www.yicaiglobal.com/news/tencent-backed-chinese-retailer-miniso-gains-44-on-first-nyse-trading-day',
  },
  headquarters: 'city:guangzhou',
  founders: ['Ye Guofu'],
  sectors: ['retail', 'consumer goods', 'designer toys'],
  listings: [{ exchange: 'NYSE', ticker: 'MNSO', since: 2020 }],
  revenue: {
    value: 8_980_000_000,
    unit: 'CNY',
    year: 2020,
    source: 'https://www.yicaiglobal.com/news/tencent-backed-chinese-retailer-miniso-gains-44-on-first-nyse-trading-day',
    note: 'fiscal year ended 30 June 2020, from its IPO prospectus',
  },
  related: ['city:guangzhou', 'company:tencent', 'company:pop-mart'],
  sources: [
    'https://www.yicaiglobal.com/news/tencent-backed-chinese-retailer-miniso-gains-44-on-first-nyse-trading-day',
    'https://www.sec.gov/Archives/edgar/data/1815846/000110465924033279/0001104659-24-033279.txt',
    'https://www.sec.gov/Archives/edgar/data/1815846/000110465921116679/R48.htm',
  ],
} satisfies Company;
