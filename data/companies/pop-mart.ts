import type { Company } from '../../src/data/schema';

export default {
  id: 'company:pop-mart',
  kind: 'company',
  name: 'Pop Mart',
  names: { zh: '泡泡玛特', zhHant: '泡泡瑪特', pinyin: 'Pàopào Mǎtè' },
  aliases: ['Pop Mart International', 'Pop Mart International Group', 'Popmart'],
  summary:
    'Beijing designer-toy company that sells collectible figures such as Molly and Labubu in sealed "blind boxes" through its stores, vending machines and apps. It began as a single shop in Zhongguancun and floated in Hong Kong in December 2020.',
  founded: {
    value: 2010,
    source: 'https://www.scmp.com/magazines/style/celebrity/article/3121164/pop-mart-how-millennial-entrepreneur-wang-ning-became',
    note: 'first store opened in Zhongguancun, Beijing',
  },
  headquarters: 'city:beijing',
  founders: ['Wang Ning'],
  sectors: ['designer toys', 'retail', 'consumer brands'],
  listings: [{ exchange: 'HKEX', ticker: '9992' }],
  revenue: {
    value: 13_040_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://sarawaktribune.com/pop-mart-releases-2024-financials-revenue-surpasses-13-billion-rmb-net-profit-reaches-new-peak',
    note: "fiscal year 2024, up 106.9%; the company's results release as carried by the New Sarawak Tribune",
  },
  related: ['city:beijing', 'zone:zhongguancun', 'company:miniso'],
  sources: [
    'https://www.bbc.com/news/business-55269779',
    'https://www.scmp.com/magazines/style/celebrity/article/3121164/pop-mart-how-millennial-entrepreneur-wang-ning-became',
    'https://english.dotdotnews.com/a/202508/31/AP68b3ed87e4b08d290534b158.html',
    'https://sarawaktribune.com/pop-mart-releases-2024-financials-revenue-surpasses-13-billion-rmb-net-profit-reaches-new-peak',
  ],
} satisfies Company;
