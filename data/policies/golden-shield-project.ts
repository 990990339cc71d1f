import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:golden-shield-project',
  kind: 'policy',
  name: 'Golden Shield Project',
  names: { zh: '金盾工程', pinyin: 'Jīndùn Gōngchéng' },
  aliases: [
    'Great Firewall',
    'Great Firewall of China',
    'Golden Shield',
    { text: 'GFW', needsContext: 'abbreviation', exactCase: true },
    '防火长城',
    '防火長城',
    'National Public Security Work Informational Project',
  ],
  summary:
    "The Ministry of Public Security's nationwide public-security information network; its internet censorship and surveillance subsystem, widely known as the Great Firewall, was initiated in 1998 and began operating in November 2003, blocking foreign content the authorities deem unlawful.",
  year: {
    value: 1998,
    source: 'https://en.wikipedia.org/wiki/Golden_Shield_Project',
    note: 'initiated 1998; the Great Firewall began operating in November 2003',
  },
  issuer: 'Ministry of Public Security',
  goals: [
    'Filter and block foreign online content the authorities deem unlawful.',
    'Give police networked information systems for security, criminal, exit-entry and traffic records.',
    'Monitor internet traffic inside China.',
  ],
  related: ['policy:cybersecurity-law'],
  sources: ['https://en.wikipedia.org/wiki/Golden_Shield_Project'],
} satisfies Policy;
