import type { Company } from '../../src/data/schema';

export default {
  id: 'company:midea',
  kind: 'company',
  name: 'Midea Group',
  names: { zh: '美的集团', zhHant: '美的集團', pinyin: 'Měidì Jítuán' },
  aliases: ['Midea', 'Midea Group Co', { text: '美的', needsContext: 'common-word' }],
  summary:
    'Appliance giant from Shunde, Foshan, making air conditioners, fridges, washing machines and small appliances, and owner of German robot maker KUKA and of Toshiba\'s home-appliance business.',
  founded: { value: 1968, source: 'https://www.companieshistory.com/midea-group/', note: 'as a bottle-lid workshop in Beijiao' },
  headquarters: 'city:foshan',
  founders: ['He Xiangjian'],
  sectors: ['home appliances', 'hvac', 'robotics and automation'],
  listings: [
    { exchange: 'SZSE', ticker: '000333', since: 2013 },
    { exchange: 'HKEX', ticker: '0300', since: 2024 },
  ],
  revenue: {
    value: 345_700_000_000,
    unit: 'CNY',
    year: 2022,
    source: 'https://sauldcs.com/news/44679',
    note: 'total operating income',
  },
  related: ['city:foshan', 'company:gree', 'company:haier'],
  sources: [
    'https://www.companieshistory.com/midea-group/',
    'https://www.factsnippet.com/site/facts-about-midea-group.html',
    'https://sauldcs.com/news/44679',
    'https://worldkings.org/news/world-almanac-event-academy/worldkings-wowtimes-almanac-events-achievements-2022-highlights-during-54-years-of-development-of-midea-group-the-largest-household-appliance-manufacturer-1968',
    'https://information.bz/english/news/view/2024/09/10/39852.html',
    'https://globaltimes.cn/page/202409/1319921.shtml',
    'https://trademaxplatform.com/trading-news/chinese-regulator-quizzes-midea-on-hong-kong-listing-sources-say-9509',
  ],
} satisfies Company;
