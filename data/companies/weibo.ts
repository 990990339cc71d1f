import type { Company } from '../../src/data/schema';

export default {
  id: 'company:weibo',
  kind: 'company',
  name: 'Weibo',
  names: { zh: '微博', pinyin: 'Wēibó' },
  // "weibo" is also the generic Chinese word for a microblog, and Tencent Weibo was another service.
  aliases: [{ text: 'Weibo', needsContext: 'common-word' }, 'Weibo Corp', 'Weibo Corporation', 'Sina Weibo', '新浪微博'],
  summary:
    "China's largest Twitter-like microblogging platform, launched by Sina in 2009 and spun off as a separately listed company in 2014.",
  founded: {
    value: 2009,
    source: 'https://en.wikipedia.org/wiki/Weibo',
    note: 'launched by Sina in August 2009',
  },
  headquarters: 'city:beijing',
  founders: ['Sina'],
  sectors: ['social media', 'microblogging', 'online advertising'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'WB', since: 2014 },
    { exchange: 'HKEX', ticker: '9898', since: 2021 },
  ],
  parent: 'company:sina',
  related: ['company:sina', 'company:alibaba', 'company:tencent', 'city:beijing'],
  sources: ['https://en.wikipedia.org/wiki/Weibo'],
} satisfies Company;
