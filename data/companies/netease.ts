import type { Company } from '../../src/data/schema';

export default {
  id: 'company:netease',
  kind: 'company',
  name: 'NetEase',
  names: { zh: '网易', zhHant: '網易', pinyin: 'Wǎngyì' },
  aliases: ['NetEase.com', 'NetEase Inc', 'Netease'],
  summary:
    'Internet company founded by William Ding that grew from a free e-mail portal into one of the largest video-game publishers, alongside music streaming and online education.',
  founded: {
    value: 1997,
    source: 'https://www.weekinchina.com/2010/03/ding-lei/',
    note: 'in Guangzhou',
  },
  headquarters: 'city:hangzhou',
  founders: ['William Ding (Ding Lei)'],
  sectors: ['video games', 'music streaming', 'online education', 'internet portal'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'NTES', since: 2000 },
    { exchange: 'HKEX', ticker: '9999', since: 2020 },
  ],
  revenue: {
    value: 105_300_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://en.wikipedia.org/wiki/NetEase',
  },
  related: ['company:kaola', 'company:alibaba', 'city:hangzhou', 'city:guangzhou', 'zone:binjiang'],
  sources: [
    'https://en.wikipedia.org/wiki/NetEase',
    'https://www.sec.gov/Archives/edgar/data/1110646/000110465920052796/',
    'https://ir.netease.com/node/10996/html',
    'https://www.weekinchina.com/2010/03/ding-lei/',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Hangzhou (Binjiang)', source: 'https://www.sec.gov/Archives/edgar/data/1110646/000110465920052796/' },
        { value: 'Beijing (Haidian)', source: 'https://ir.netease.com/node/10996/html' },
      ],
      note: 'Annual reports up to fiscal 2017 gave a Beijing principal office; from fiscal 2019 they give Hangzhou. The company was founded in Guangzhou.',
    },
  ],
} satisfies Company;
