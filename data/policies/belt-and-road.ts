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
  summary:
    "Xi Jinping's initiative, unveiled in Kazakhstan and Indonesia in September and October 2013, to build trade and infrastructure links across Eurasia and beyond through an overland Silk Road Economic Belt and a sea-going 21st Century Maritime Silk Road; known in English as One Belt, One Road until 2016.",
  year: {
    value: 2013,
    source: 'https://en.wikipedia.org/wiki/Belt_and_Road_Initiative',
    note: 'unveiled in Kazakhstan (September) and Indonesia (October) 2013',
  },
  issuer: 'Xi Jinping / central government',
  goals: [
    'Link China with Central Asia, Europe, South-East Asia and Africa by road, rail, port and pipeline.',
    'Ease trade and finance and coordinate policy with partner countries.',
    'Deepen people-to-people ties.',
  ],
  related: ['policy:digital-silk-road', 'policy:going-out-policy'],
  sources: [
    'https://en.wikipedia.org/wiki/Belt_and_Road_Initiative',
    'https://www.straitstimes.com/opinion/china-s-bri-at-10-the-journey-continues-but-has-it-outlived-its-purpose',
  ],
} satisfies Policy;
