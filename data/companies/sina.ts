import type { Company } from '../../src/data/schema';

export default {
  id: 'company:sina',
  kind: 'company',
  name: 'Sina',
  names: { zh: '新浪', pinyin: 'Xīnlàng' },
  // Ibn Sina (Avicenna) is written "Sina" and "SINA".
  aliases: [
    { text: 'Sina', needsContext: 'person-name' },
    'Sina Corp',
    'Sina Corporation',
    'Sina Group',
    'Sina.com',
    'Sinanet.com',
    '新浪网',
    '新浪網',
  ],
  summary:
    'Pioneering Chinese web portal, formed from a 1998 merger of a Beijing software firm and a California Chinese-language portal, and the parent of Weibo; it left Nasdaq in 2021.',
  founded: {
    value: 1998,
    source: 'https://www.scmp.com/abacus/who-what/what/article/3028255/weibo-maker-sina-one-chinas-oldest-web-portals',
    note: 'merger of SRS (Stone Rich Sight) and Sinanet',
  },
  headquarters: 'city:shanghai',
  founders: ['Wang Zhidong'],
  sectors: ['internet portal', 'online media', 'social media'],
  listings: [],
  status: {
    state: 'delisted',
    year: 2021,
    note: "Taken private by chairman Charles Chao's New Wave; renamed Sina Group Holdings. Listed on Nasdaq as SINA from 2000.",
    source: 'https://en.jiemian.com/article/5873152.html',
  },
  related: ['company:weibo', 'company:sohu', 'company:netease', 'company:stone-group'],
  sources: [
    'https://en.jiemian.com/article/5873152.html',
    'https://jp.yicaiglobal.com/news/sina-announces-completion-of-privatization-delisting-from-nasdaq',
    'https://www.scmp.com/abacus/who-what/what/article/3028255/weibo-maker-sina-one-chinas-oldest-web-portals',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        {
          value: 'Beijing',
          source:
            'https://www.agenzianova.com/a/5f790bb3564547.47191325/3126422/2020-10-03/business-news-cina-usa-sina-corp-lascera-wall-street-dopo-20-anni',
        },
      ],
      note: 'Sina registered its head office in Shanghai while running most operations from Beijing.',
    },
  ],
} satisfies Company;
