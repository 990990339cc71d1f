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
  summary: "The Shanghai Stock Exchange's Nasdaq-style board for science and technology firms, announced by Xi Jinping in November 2018 and trading since July 2019 under a registration-based IPO system.",
  year: { value: 2019, source: 'https://equalocean.com/analysis/2019061311204', note: 'announced November 2018; launched June 2019; first listings 22 July 2019' },
  issuer: 'Shanghai Stock Exchange (China Securities Regulatory Commission)',
  goals: [
    'Give tech and innovative firms a domestic route to capital.',
    'Pilot registration-based IPOs instead of approval-based ones.',
    'Favour strategic fields such as semiconductors, biomedicine and high-end equipment.',
  ],
  related: ['city:shanghai', 'company:smic', 'company:ant-group'],
  sources: ['https://equalocean.com/analysis/2019061311204', 'https://www.oann.com/first-companies-will-debut-on-shanghais-star-market-on-july-22/', 'https://wikisum.wiki/wiki/Shanghai_Stock_Exchange_STAR_Market'],
} satisfies Policy;
