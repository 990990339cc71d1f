import type { Company } from '../../src/data/schema';

export default {
  id: 'company:meituan',
  kind: 'company',
  name: 'Meituan',
  names: { zh: '美团', zhHant: '美團', pinyin: 'Měituán' },
  aliases: ['Meituan-Dianping', 'Meituan Dianping', '美团点评', '美團點評'],
  summary:
    "Beijing platform for local services such as food delivery, restaurant reviews, hotel booking and in-store deals; it began as a group-buying site and merged with Dianping in 2015.",
  founded: { value: 2010, source: 'https://compasslist.com/insights/meituan-the-amazon-for-local-services', note: 'launched as a group-buying site, Beijing' },
  headquarters: 'city:beijing',
  founders: ['Wang Xing'],
  sectors: ['food delivery', 'local services', 'e-commerce', 'travel booking'],
  listings: [{ exchange: 'HKEX', ticker: '3690', since: 2018 }],
  revenue: {
    value: 337_600_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://news.futunn.com/en/post/54601331/wang-xing-meituan-s-ai-strategy-is-offensive',
  },
  related: ['company:tencent', 'company:alibaba', 'company:didi', 'city:beijing'],
  sources: [
    'https://global.chinadaily.com.cn/business/tech/2015-10/09/content_22136106_2.htm',
    'https://archive.journal.com.ph/technology/gadgets-and-apps/inside-story-how-meituan-dianping-built-chinas-largest-e-commerce',
    'https://compasslist.com/insights/meituan-the-amazon-for-local-services',
    'https://empor.top/asia/3690',
  ],
} satisfies Company;
