import type { Company } from '../../src/data/schema';

export default {
  id: 'company:leapmotor',
  kind: 'company',
  name: 'Leapmotor',
  names: { zh: '零跑汽车', zhHant: '零跑汽車', pinyin: 'Língpǎo Qìchē' },
  aliases: ['Leapmotor Technology', 'Zhejiang Leapmotor', 'Zhejiang Leapmotor Technology', 'Leap Motor', '零跑'],
  summary:
    'Hangzhou electric-car maker set up by the founders of Dahua Technology, selling affordable EVs; Stellantis took about a fifth of it in 2023 to sell its cars abroad.',
  founded: {
    value: 2015,
    source: 'https://yicaiglobal.com/news/stellantis-backed-leapmotor-rebounds-after-founders-swear-not-to-sell-stock-for-10-years',
  },
  headquarters: 'city:hangzhou',
  founders: ['Zhu Jiangming', 'Fu Liquan'],
  sectors: ['electric vehicles'],
  listings: [{ exchange: 'HKEX', ticker: '9863', since: 2022 }],
  related: ['city:hangzhou', 'company:dahua', 'company:nio', 'company:xpeng'],
  sources: [
    'https://yicaiglobal.com/news/stellantis-backed-leapmotor-rebounds-after-founders-swear-not-to-sell-stock-for-10-years',
    'https://thebambooworks.com/fast-news-leapmotor-co-founder-boosts-company-holdings/',
  ],
} satisfies Company;
