import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:star-market',
  kind: 'policy',
  name: 'STAR Market',
  names: { zh: '科创板', zhHant: '科創板', pinyin: 'Kēchuàngbǎn' },
  aliases: [
    'STAR board',
    'Sci-Tech Innovation Board',
    'Science and Technology Innovation Board',
    'SSE STAR Market',
    'Shanghai STAR Market',
    'Sci-Tech Board',
    'Shanghai Stock Exchange Science and Technology Innovation Board',
  ],
  summary:
    "The Shanghai Stock Exchange's Nasdaq-style board for science and technology firms, announced by Xi Jinping on 5 November 2018, launched on 13 June 2019 and trading since 22 July 2019 under a registration-based IPO system; it grew from 25 listings to 311 in two years.",
  year: {
    value: 2019,
    source: 'https://english.sse.com.cn/markets/equities/highlights/neweconomy/',
    note: 'announced 5 November 2018; first 25 listings 22 July 2019',
  },
  issuer: 'Shanghai Stock Exchange (China Securities Regulatory Commission)',
  goals: [
    'Give tech and innovative firms a domestic route to capital.',
    'Pilot registration-based IPOs instead of approval-based ones.',
    'Favour strategic fields such as semiconductors, biomedicine and high-end equipment.',
  ],
  related: ['city:shanghai', 'company:smic', 'company:ant-group'],
  sources: [
    'https://english.sse.com.cn/markets/equities/highlights/neweconomy/',
    'https://www.scmp.com/business/markets/article/3141967/shanghais-star-market-provides-investors-shelter-chinas-tech-rout',
  ],
} satisfies Policy;
