import type { Company } from '../../src/data/schema';

export default {
  id: 'company:autohome',
  kind: 'company',
  name: 'Autohome',
  names: { zh: '汽车之家', zhHant: '汽車之家', pinyin: 'Qìchē Zhī Jiā' },
  aliases: ['Autohome Inc', 'Autohome.com.cn', 'Che168'],
  summary:
    "Beijing car-shopping website and app with reviews, prices and dealer listings for new and used cars, earning money from carmaker advertising and dealer subscriptions; insurer Ping An's group is a major shareholder and business partner.",
  founded: {
    value: 2008,
    source: 'https://www.foxbusiness.com/quote?stockTicker=ATHM',
    note: 'June 2008, the date given for the listed holding company',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['online automotive media', 'advertising', 'used-car marketplace'],
  listings: [{ exchange: 'NYSE', ticker: 'ATHM' }],
  related: ['city:beijing'],
  sources: ['https://www.foxbusiness.com/quote?stockTicker=ATHM', 'https://ir.autohome.com.cn/node/8201/html'],
} satisfies Company;
