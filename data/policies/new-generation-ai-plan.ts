import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:new-generation-ai-plan',
  kind: 'policy',
  name: 'New Generation Artificial Intelligence Development Plan',
  names: { zh: '新一代人工智能发展规划', zhHant: '新一代人工智能發展規劃', pinyin: 'Xīn Yīdài Réngōng Zhìnéng Fāzhǎn Guīhuà' },
  aliases: [
    'New-Generation Artificial Intelligence Development Plan',
    'Next Generation Artificial Intelligence Development Plan',
    'Next-Generation Artificial Intelligence Development Plan',
    'New Generation AI Development Plan',
    'New-Generation AI Development Plan',
    'Next Generation AI Development Plan',
    'Next-Generation AI Development Plan',
    { text: 'AIDP', needsContext: 'abbreviation', exactCase: true },
  ],
  summary:
    "The State Council's first national AI strategy (State Council Document [2017] No. 35), dated 8 July 2017, setting a three-step path to make China a global centre of AI innovation by 2030.",
  year: {
    value: 2017,
    source: 'https://flia.org/notice-state-council-issuing-new-generation-artificial-intelligence-development-plan/',
    note: 'dated 8 July 2017',
  },
  issuer: 'State Council',
  period: { from: 2017, to: 2030 },
  goals: [
    'Keep pace with the world frontier in AI technology and applications by 2020.',
    'Lead in some AI technologies and applications by 2025, with laws and ethics rules in place.',
    'Become a global centre of AI innovation by 2030.',
  ],
  related: ['policy:ai-plus', 'policy:generative-ai-measures', 'policy:made-in-china-2025', 'policy:internet-plus'],
  sources: ['https://flia.org/notice-state-council-issuing-new-generation-artificial-intelligence-development-plan/'],
} satisfies Policy;
