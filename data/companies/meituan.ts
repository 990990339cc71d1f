import type { Company } from '../../src/data/schema';

export default {
  id: 'company:meituan',
  kind: 'company',
  name: 'Meituan',
  names: { zh: '美团', zhHant: '美團', pinyin: 'Měituán' },
  aliases: ['Meituan-Dianping', 'Meituan Dianping', '美团点评', '美團點評'],
  summary:
    'Beijing platform for local services such as food delivery, restaurant reviews, hotel booking and in-store deals; it began as a group-buying site and merged with Dianping in 2015.',
  founded: { value: 2010, source: 'https://en.wikipedia.org/wiki/Meituan', note: 'May 2010, as a group-buying site in Beijing' },
  headquarters: 'city:beijing',
  founders: ['Wang Xing'],
  sectors: ['food delivery', 'local services', 'e-commerce', 'travel booking'],
  listings: [{ exchange: 'HKEX', ticker: '3690', since: 2018 }],
  revenue: {
    value: 179_128_000_000,
    unit: 'CNY',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/Meituan',
    note: 'year 2021, the latest figure its Wikipedia article gave',
  },
  related: ['company:tencent', 'company:alibaba', 'company:didi', 'city:beijing'],
  sources: ['https://en.wikipedia.org/wiki/Meituan', 'https://global.chinadaily.com.cn/business/tech/2015-10/09/content_22136106_2.htm'],
} satisfies Company;
