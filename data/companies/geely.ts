import type { Company } from '../../src/data/schema';

export default {
  id: 'company:geely',
  kind: 'company',
  name: 'Geely',
  names: { zh: '吉利', pinyin: 'Jílì' },
  aliases: [
    { text: '吉利', needsContext: 'common-word' }, // also "auspicious"
    'Geely Holding',
    'Geely Holding Group',
    'Zhejiang Geely Holding Group',
    'Geely Auto',
    'Geely Automobile',
    'Geely Automobile Holdings',
    '吉利汽车',
    '吉利控股',
  ],
  summary:
    'Hangzhou-headquartered private carmaker that began as a refrigerator-parts workshop and grew into a group owning Volvo Cars and stakes in Lotus, Proton and others.',
  founded: {
    value: 1986,
    source: 'https://en.wikipedia.org/wiki/Geely',
    note: 'as a refrigerator-parts maker in Taizhou; car making from 1997',
  },
  headquarters: 'city:hangzhou',
  founders: ['Li Shufu'],
  sectors: ['automotive', 'electric vehicles'],
  // The holding group is private; its carmaking arm Geely Automobile Holdings trades in Hong Kong.
  listings: [{ exchange: 'HKEX', ticker: '0175', since: 2005 }],
  related: ['company:zeekr', 'company:byd', 'city:hangzhou', 'city:ningbo'],
  sources: ['https://en.wikipedia.org/wiki/Geely'],
} satisfies Company;
