import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tencent-music',
  kind: 'company',
  name: 'Tencent Music Entertainment',
  names: { zh: '腾讯音乐娱乐集团', zhHant: '騰訊音樂娛樂集團', pinyin: 'Téngxùn Yīnyuè Yúlè Jítuán' },
  aliases: [
    'Tencent Music',
    'Tencent Music Entertainment Group',
    { text: 'TME', needsContext: 'abbreviation', exactCase: true },
    '腾讯音乐',
    '騰訊音樂',
  ],
  summary:
    "Tencent's music-streaming arm, running QQ Music, Kugou, Kuwo and the karaoke app WeSing. It was formed when Tencent bought China Music Corporation in 2016 and listed in New York in 2018.",
  founded: {
    value: 2016,
    source: 'https://en.wikipedia.org/wiki/Tencent_Music',
    note: 'July 2016, when Tencent bought China Music Corporation',
  },
  headquarters: 'city:shenzhen',
  founders: [],
  sectors: ['music streaming', 'online karaoke', 'live streaming'],
  listings: [
    { exchange: 'NYSE', ticker: 'TME' },
    { exchange: 'HKEX', ticker: '1698' },
  ],
  parent: 'company:tencent',
  revenue: {
    value: 31_240_000_000,
    unit: 'CNY',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/Tencent_Music',
    note: 'fiscal year 2021, from the 2021 annual report as cited by Wikipedia',
  },
  employees: {
    value: 5_966,
    unit: 'employees',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/Tencent_Music',
    note: 'December 2021',
  },
  related: ['company:tencent', 'city:shenzhen', 'company:netease'],
  sources: ['https://en.wikipedia.org/wiki/Tencent_Music'],
} satisfies Company;
