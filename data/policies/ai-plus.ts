import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:ai-plus',
  kind: 'policy',
  name: 'AI Plus',
  names: { zh: '人工智能+', pinyin: 'réngōng zhìnéng jiā' },
  aliases: ['AI Plus initiative', 'AI Plus action plan', 'AI-plus', { text: 'AI+', needsContext: 'common-word' }, '人工智能+行动'],
  summary:
    "A national initiative to embed AI across the economy and society. The State Council's guideline of 26 August 2025 sets adoption targets for 2027 and 2030 across six fields, from science and industry to governance and global cooperation.",
  year: {
    value: 2025,
    source: 'https://www.wam.ae/en/article/15qnzc3-china-issues-guideline-implementing-plus',
    note: 'State Council guideline issued 26 August 2025',
  },
  issuer: 'State Council',
  goals: [
    'Push use of next-generation intelligent terminals and AI agents above 70% by 2027 and above 90% by 2030.',
    "Integrate AI with science, industry, consumption, people's wellbeing, governance and global cooperation.",
    'Make the intelligent economy a key growth driver.',
  ],
  related: ['policy:new-generation-ai-plan', 'policy:15th-five-year-plan', 'policy:internet-plus', 'policy:ai-content-labelling-measures'],
  sources: ['https://www.wam.ae/en/article/15qnzc3-china-issues-guideline-implementing-plus'],
} satisfies Policy;
