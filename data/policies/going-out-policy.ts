import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:going-out-policy',
  kind: 'policy',
  name: 'Going Out Policy',
  names: { zh: '走出去战略', zhHant: '走出去戰略', pinyin: 'Zǒuchūqù Zhànlüè' },
  aliases: [
    'Go Out policy',
    'Going Out strategy',
    'Going Global strategy',
    'Go Global strategy',
    'Going Out Strategy',
    { text: 'Going Global', needsContext: 'common-word' },
    { text: '走出去', needsContext: 'common-word' },
  ],
  summary:
    "China's strategy of encouraging its companies to invest and operate abroad. Jiang Zemin began urging firms to go global in 1996, the government promoted outbound investment from 1999, and Jiang announced it as a national strategy in March 2000.",
  year: { value: 2000, source: 'https://en.wikipedia.org/wiki/Go_Out_policy', note: 'announced as a national strategy in March 2000' },
  issuer: 'Central government (announced by Jiang Zemin)',
  goals: [
    'Raise outbound direct investment by Chinese companies.',
    'Secure overseas resources and markets, led by large state-owned enterprises.',
    'Build Chinese brands and multinationals able to compete abroad.',
  ],
  related: ['policy:belt-and-road', 'policy:reform-and-opening-up'],
  sources: ['https://en.wikipedia.org/wiki/Go_Out_policy'],
} satisfies Policy;
