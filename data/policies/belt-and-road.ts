import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:belt-and-road',
  kind: 'policy',
  name: 'Belt and Road Initiative',
  names: { zh: '一带一路', zhHant: '一帶一路', pinyin: 'Yīdài Yīlù' },
  aliases: [
    'Belt and Road',
    'Belt & Road',
    'Belt-and-Road',
    { text: 'BRI', needsContext: 'abbreviation', exactCase: true },
    'One Belt One Road',
    'One Belt, One Road',
    { text: 'OBOR', exactCase: true },
    { text: 'New Silk Road', needsContext: 'other-entity' },
    '一带一路倡议',
  ],
  summary: "Xi Jinping's 2013 initiative to build trade and infrastructure links across Eurasia and beyond: an overland Silk Road Economic Belt and a sea-going 21st Century Maritime Silk Road.",
  year: { value: 2013, source: 'https://en.zgxwfb.cn/2023/10/24/30095778bad64e2d96e9a3a3a3129d7c.html', note: 'speeches in Kazakhstan (September) and Indonesia (October) 2013' },
  issuer: 'Xi Jinping / central government',
  goals: [
    'Link China with Central Asia, Europe, South-East Asia and Africa by road, rail, port and pipeline.',
    'Ease trade and finance and coordinate policy with partner countries.',
    'Deepen people-to-people ties.',
  ],
  related: ['policy:digital-silk-road'],
  sources: ['https://en.zgxwfb.cn/2023/10/24/30095778bad64e2d96e9a3a3a3129d7c.html', 'https://www.straitstimes.com/opinion/china-s-bri-at-10-the-journey-continues-but-has-it-outlived-its-purpose'],
  disputed: [
    {
      field: 'year (Maritime Silk Road)',
      values: [
        { value: 2013, source: 'https://en.zgxwfb.cn/2023/10/24/30095778bad64e2d96e9a3a3a3129d7c.html' },
        { value: 2014, source: 'https://idsa.demosl-03.rvsolutions.in/publisher/journal-of-defence-studies/belt-and-road-initiative-at-10-past-imperfect-future-tense' },
      ],
      note: 'Most accounts place the Jakarta speech in October 2013; one journal summary says the maritime part came a year after the 2013 land belt.',
    },
  ],
} satisfies Policy;
