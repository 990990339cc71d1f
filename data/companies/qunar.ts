import type { Company } from '../../src/data/schema';

export default {
  id: 'company:qunar',
  kind: 'company',
  name: 'Qunar',
  names: { zh: '去哪儿', zhHant: '去哪兒', pinyin: 'Qù nǎr' },
  aliases: ['Qunar.com', 'Qunar Cayman Islands', '去哪儿网', '去哪兒網'],
  summary:
    'Beijing travel search and booking site, started as a price-comparison engine for flights and hotels; Baidu took a majority stake in 2011, swapped it for shares in Ctrip (now Trip.com Group) in 2015, and Qunar left Nasdaq in 2017.',
  founded: { value: 2005, source: 'https://en.wikipedia.org/wiki/Qunar', note: 'May 2005' },
  headquarters: 'city:beijing',
  founders: ['Zhuang Chenchao', 'Fritz Demopoulos', 'Douglas Khoo'],
  sectors: ['online travel', 'travel search'],
  listings: [],
  parent: 'company:trip-com',
  status: {
    state: 'delisted',
    year: 2017,
    note: 'taken private and removed from Nasdaq in February 2017',
    source: 'https://en.wikipedia.org/wiki/Qunar',
  },
  related: ['company:trip-com', 'company:baidu', 'city:beijing', 'company:tongcheng-travel'],
  sources: ['https://en.wikipedia.org/wiki/Qunar', 'https://technode.com/2013/02/07/qunar-ceo-we-aimed-at-1-of-china-gdp/'],
} satisfies Company;
