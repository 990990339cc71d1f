import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:ai-plus',
  kind: 'policy',
  name: 'AI Plus',
  names: { zh: '人工智能+', pinyin: 'réngōng zhìnéng jiā' },
  aliases: [
    'AI Plus initiative',
    'AI Plus action plan',
    'AI-plus',
    { text: 'AI+', needsContext: 'common-word' },
    '人工智能+行动',
  ],
  summary: 'A national initiative to embed AI across the economy and society; the State Council\'s August 2025 guideline sets adoption targets for 2027, 2030 and 2035.',
  year: { value: 2025, source: 'https://www.gccs.africa/newswatch/State-Council-issues-guideline-to-implement-AI-Plus-Initiative', note: 'State Council guideline released 26 August 2025' },
  issuer: 'State Council',
  period: { from: 2025, to: 2035 },
  goals: [
    'Over 70% uptake of next-generation intelligent terminals and agents by 2027, over 90% by 2030.',
    'Integrate AI with science, industry, consumption, welfare, governance and global cooperation.',
    'Make the intelligent economy a main growth driver.',
  ],
  related: ['policy:new-generation-ai-plan', 'policy:15th-five-year-plan'],
  sources: ['https://www.gccs.africa/newswatch/State-Council-issues-guideline-to-implement-AI-Plus-Initiative', 'https://brics.adatranslate.com/en/resources/ai_plus_action_plan_2025?review_lang=en'],
  disputed: [
    {
      field: 'year',
      values: [
        { value: 2024, source: 'https://miamidaily.life/economy/chinas-ai-plus-directive-how-beijing-plans-to-dominate-the-global-ai-landscape-by-2035' },
        { value: 2025, source: 'https://www.gccs.africa/newswatch/State-Council-issues-guideline-to-implement-AI-Plus-Initiative' },
      ],
      note: 'Introduced as a slogan in the 2024 government work report; the detailed State Council guideline came in August 2025.',
    },
  ],
} satisfies Policy;
