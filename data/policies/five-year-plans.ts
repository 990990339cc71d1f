import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:five-year-plans',
  kind: 'policy',
  name: 'Five-Year Plans',
  names: { zh: '五年规划', zhHant: '五年規劃', pinyin: 'wǔnián guīhuà' },
  aliases: [
    // India and the Soviet Union had Five-Year Plans too.
    { text: 'Five-Year Plans', needsContext: 'other-entity' },
    { text: 'Five-Year Plan', needsContext: 'other-entity' },
    { text: 'five year plan', needsContext: 'other-entity' },
    { text: 'five year plans', needsContext: 'other-entity' },
    { text: 'FYP', needsContext: 'abbreviation', exactCase: true },
    { text: 'FYPs', needsContext: 'abbreviation', exactCase: true },
    '五年计划',
    '五年計劃',
  ],
  summary:
    "China's national economic and social development plans, drawn up every five years since 1953; each sets targets and priorities that steer investment, subsidies and reforms.",
  year: { value: 1953, source: 'https://www.shine.cn/news/nation/2103125838/', note: 'the first plan covered 1953-1957' },
  issuer: "CPC Central Committee (proposal) and National People's Congress (outline)",
  goals: [
    'Set growth, innovation, social and environmental targets for the next five years.',
    'Name the industries and technologies the state will back.',
    'Guide annual plans, budgets and local plans.',
  ],
  related: ['policy:13th-five-year-plan', 'policy:14th-five-year-plan', 'policy:15th-five-year-plan'],
  sources: [
    'https://www.shine.cn/news/nation/2103125838/',
    'https://en.wikipedia.org/wiki/First_five-year_plan_(China)',
    'https://news.cgtn.com/news/2025-12-12/Next-gen-China-Advancing-strategic-technologies-emerging-industries-1J2FVcq1iEM/share_amp.html',
  ],
} satisfies Policy;
