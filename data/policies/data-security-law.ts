import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:data-security-law',
  kind: 'policy',
  name: 'Data Security Law',
  names: { zh: '数据安全法', zhHant: '數據安全法', pinyin: 'Shùjù Ānquán Fǎ' },
  aliases: [
    { text: 'Data Security Law', needsContext: 'other-entity' },
    "China's Data Security Law",
    "Data Security Law of the People's Republic of China",
    { text: 'DSL', needsContext: 'abbreviation', exactCase: true },
    '中华人民共和国数据安全法',
    '資料安全法',
  ],
  summary:
    'A law adopted on 10 June 2021 and in force from 1 September 2021 that grades data by its importance to the state and restricts handing data to foreign authorities; it was partly a response to the reach of the US CLOUD Act.',
  year: {
    value: 2021,
    source: 'https://en.wikipedia.org/wiki/Data_Security_Law_of_the_People%27s_Republic_of_China',
    note: 'adopted 10 June 2021, in force 1 September 2021',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Classify data and protect "important" and "core" data more strictly.',
    'Control cross-border transfers and foreign law-enforcement requests.',
    "Reach data handling abroad that harms China's interests.",
  ],
  related: ['policy:cybersecurity-law', 'policy:pipl'],
  sources: ['https://en.wikipedia.org/wiki/Data_Security_Law_of_the_People%27s_Republic_of_China'],
} satisfies Policy;
