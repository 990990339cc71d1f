import type { Product } from '../../src/data/schema';

export default {
  id: 'product:youku',
  kind: 'product',
  name: 'Youku',
  names: { zh: '优酷', zhHant: '優酷', pinyin: 'Yōukù' },
  aliases: ['Youku Tudou', 'Youku.com'],
  summary:
    'Video platform once called "China\'s YouTube", merged with rival Tudou in 2012 and taken over by Alibaba; it now competes with iQiyi and Tencent Video in long-form streaming.',
  owner: 'company:alibaba',
  category: 'platform',
  what: 'online video streaming platform',
  launched: {
    value: 2006,
    source: 'https://en.wikipedia.org/wiki/Youku',
    note: 'public launch December 2006',
  },
  headline: {
    value: 500_000_000,
    unit: 'users',
    year: 2014,
    source: 'https://en.wikipedia.org/wiki/Youku',
    note: 'monthly active users',
  },
  related: ['company:alibaba', 'city:beijing'],
  sources: ['https://en.wikipedia.org/wiki/Youku', 'https://en.people.cn/business/8613169.html'],
  disputed: [
    {
      field: 'headline',
      values: [
        { value: 500_000_000, source: 'https://en.wikipedia.org/wiki/Youku' },
        { value: 400_000_000, source: 'https://en.people.cn/business/8613169.html' },
      ],
      note: "Wikipedia gives over 500 million monthly users for 2014; Youku Tudou's chief executive told Xinhua in April 2014 it had over 400 million users.",
    },
  ],
} satisfies Product;
