import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:anti-monopoly-law',
  kind: 'policy',
  name: 'Anti-Monopoly Law',
  names: { zh: '反垄断法', zhHant: '反壟斷法', pinyin: 'Fǎn Lǒngduàn Fǎ' },
  aliases: [
    { text: 'Anti-Monopoly Law', needsContext: 'other-entity' },
    { text: 'Anti-monopoly Law', needsContext: 'other-entity' },
    { text: 'Antimonopoly Law', needsContext: 'other-entity' },
    "China's Anti-Monopoly Law",
    "Anti-Monopoly Law of the People's Republic of China",
    // Usually anti-money-laundering elsewhere.
    { text: 'AML', needsContext: 'other-entity', exactCase: true },
    '中华人民共和国反垄断法',
  ],
  summary:
    "China's main competition statute, passed in 2007 and in force from 1 August 2008, covering cartels, abuse of dominance and merger control. An amendment passed in June 2022 took effect on 1 August 2022.",
  year: {
    value: 2007,
    source: 'https://en.wikipedia.org/wiki/Anti-Monopoly_Law_of_China',
    note: 'passed 2007, in force 1 August 2008; amendment in force 1 August 2022',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Prohibit monopoly agreements and abuse of dominant positions.',
    'Review mergers that could restrict competition.',
    'Protect consumers and fair competition.',
  ],
  related: ['policy:cybersecurity-law'],
  sources: ['https://en.wikipedia.org/wiki/Anti-Monopoly_Law_of_China', 'https://www.shine.cn/news/nation/2206247141/'],
} satisfies Policy;
