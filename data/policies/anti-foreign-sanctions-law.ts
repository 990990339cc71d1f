import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:anti-foreign-sanctions-law',
  kind: 'policy',
  name: 'Anti-Foreign Sanctions Law',
  names: { zh: '反外国制裁法', zhHant: '反外國制裁法', pinyin: 'Fǎn Wàiguó Zhìcái Fǎ' },
  aliases: [
    'Anti-Sanctions Law',
    'Law on Countering Foreign Sanctions',
    "Anti-Foreign Sanctions Law of the People's Republic of China",
    { text: 'AFSL', needsContext: 'abbreviation', exactCase: true },
    '中华人民共和国反外国制裁法',
  ],
  summary:
    'A law passed by the NPC Standing Committee on 10 June 2021, after a second reading, that gives Beijing a legal basis for countermeasures against unilateral and discriminatory sanctions imposed by other countries.',
  year: {
    value: 2021,
    source: 'https://www.thestandard.com.hk/breaking-news-print/174327/Beijing-passes-law-to-counter-foreign-sanctions',
    note: 'passed 10 June 2021',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Put countermeasures against foreign sanctions on a legal footing.',
    'Deter foreign governments from sanctioning Chinese officials, firms and organisations.',
  ],
  related: ['policy:unreliable-entity-list', 'policy:export-control-law'],
  sources: ['https://www.thestandard.com.hk/breaking-news-print/174327/Beijing-passes-law-to-counter-foreign-sanctions'],
} satisfies Policy;
