import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:dual-circulation',
  kind: 'policy',
  name: 'Dual Circulation',
  names: { zh: '双循环', zhHant: '雙循環', pinyin: 'shuāng xúnhuán' },
  aliases: ['dual-circulation', 'dual circulation strategy', 'dual circulation policy', 'dual-circulation strategy', '国内国际双循环'],
  summary:
    'An economic strategy first aired in May 2020 that puts the domestic market ("internal circulation") first while staying open to trade and investment, to cut exposure to foreign shocks and sanctions.',
  year: { value: 2020, source: 'https://en.wikipedia.org/wiki/Dual_circulation', note: 'Politburo Standing Committee, 14 May 2020' },
  issuer: 'CPC Politburo Standing Committee',
  goals: [
    'Rely more on domestic consumption and supply chains.',
    'Gain self-reliance in key technologies such as chips.',
    'Keep foreign trade and investment flowing and make China indispensable to others.',
  ],
  related: ['policy:14th-five-year-plan'],
  sources: ['https://en.wikipedia.org/wiki/Dual_circulation'],
} satisfies Policy;
