import type { Company } from '../../src/data/schema';

export default {
  id: 'company:foxconn',
  kind: 'company',
  name: 'Foxconn',
  names: { zh: '富士康', pinyin: 'Fùshìkāng' },
  aliases: [
    'Hon Hai',
    'Hon Hai Precision',
    'Hon Hai Precision Industry',
    'Hon Hai Technology Group',
    'Foxconn Technology Group',
    '鸿海',
    '鴻海',
    '鸿海精密',
    '鴻海精密',
    '鸿海科技集团',
    '鴻海科技集團',
  ],
  summary:
    "Taiwan's Hon Hai Precision Industry, trading as Foxconn: the world's largest contract electronics manufacturer, with most of its factories and workforce in mainland China.",
  founded: {
    value: 1974,
    source: 'https://english.china.org.cn/top10/2011-03/10/content_22104590_8.htm',
    note: 'by Terry Gou, with US$7,500',
  },
  headquarters: 'New Taipei',
  founders: ['Terry Gou'],
  sectors: ['electronics manufacturing services', 'contract manufacturing', 'electric vehicles'],
  listings: [{ exchange: 'TWSE', ticker: '2317', since: 1991 }],
  revenue: {
    value: 215.6e9,
    unit: 'USD',
    year: 2022,
    source: 'https://www.taipeitimes.com/News/biz/archives/2023/01/06/2003792053',
    note: 'converted from NT$6.62 trillion by the Taipei Times',
  },
  related: ['city:shenzhen', 'city:zhengzhou', 'company:xiaomi', 'company:megvii'],
  sources: [
    'https://en.wikipedia.org/wiki/Foxconn',
    'https://www.taipeitimes.com/News/biz/archives/2023/01/06/2003792053',
    'https://english.china.org.cn/top10/2011-03/10/content_22104590_8.htm',
  ],
  disputed: [
    {
      field: 'revenue',
      values: [
        { value: 215.6e9, source: 'https://www.taipeitimes.com/News/biz/archives/2023/01/06/2003792053' },
        { value: 213.9e9, source: 'https://en.wikipedia.org/wiki/Foxconn' },
      ],
      note: 'US-dollar conversions of the same 2022 revenue in New Taiwan dollars at different exchange rates.',
    },
  ],
} satisfies Company;
