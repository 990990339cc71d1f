import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zhihu',
  kind: 'company',
  name: 'Zhihu',
  names: { zh: '知乎', pinyin: 'Zhīhū' },
  aliases: ['Zhihu Inc', 'Zhihu.com'],
  summary:
    "China's largest question-and-answer community, often likened to Quora, started by former tech journalist Zhou Yuan. It began invitation-only, opened up to the public, and later listed in New York.",
  founded: {
    value: 2010,
    source: 'https://epaper.chinadaily.com.cn/a/202103/10/WS6048156ba31099a23435486c.html',
  },
  headquarters: 'city:beijing',
  founders: ['Zhou Yuan'],
  sectors: ['online community', 'knowledge sharing', 'paid content'],
  listings: [{ exchange: 'NYSE', ticker: 'ZH' }],
  revenue: {
    value: 1_350_000_000,
    unit: 'CNY',
    year: 2020,
    source: 'https://epaper.chinadaily.com.cn/a/202103/10/WS6048156ba31099a23435486c.html',
    note: 'fiscal year 2020, from its IPO filing as reported by China Daily',
  },
  related: ['city:beijing', 'company:baidu', 'company:tencent', 'company:kuaishou'],
  sources: [
    'https://epaper.chinadaily.com.cn/a/202103/10/WS6048156ba31099a23435486c.html',
    'https://techcrunch.com/2019/09/03/how-zhihus-become-one-of-chinas-biggest-hubs-for-experts/',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2010, source: 'https://epaper.chinadaily.com.cn/a/202103/10/WS6048156ba31099a23435486c.html' },
        { value: 2011, source: 'https://techcrunch.com/2019/09/03/how-zhihus-become-one-of-chinas-biggest-hubs-for-experts/' },
      ],
      note: 'The company dates from 2010; the site itself launched in 2011.',
    },
  ],
} satisfies Company;
