import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:national-intelligence-law',
  kind: 'policy',
  name: 'National Intelligence Law',
  names: { zh: '国家情报法', zhHant: '國家情報法', pinyin: 'Guójiā Qíngbào Fǎ' },
  aliases: ["China's National Intelligence Law", "National Intelligence Law of the People's Republic of China", '中华人民共和国国家情报法'],
  summary:
    "A law adopted on 27 June 2017 and amended in 2018 that defines the powers of China's intelligence agencies; its duty on organisations and citizens to support and cooperate with intelligence work is often cited in debates over Chinese tech suppliers.",
  year: {
    value: 2017,
    source: 'https://en.wikipedia.org/wiki/National_Intelligence_Law_of_the_People%27s_Republic_of_China',
    note: 'adopted 27 June 2017, in force 28 June 2017',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Establish a centralised, unified national intelligence system.',
    'Oblige organisations and citizens to support, assist and cooperate with intelligence work.',
  ],
  related: ['policy:cybersecurity-law', 'policy:data-security-law'],
  sources: ['https://en.wikipedia.org/wiki/National_Intelligence_Law_of_the_People%27s_Republic_of_China'],
} satisfies Policy;
