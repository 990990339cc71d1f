import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:15th-five-year-plan',
  kind: 'policy',
  name: '15th Five-Year Plan',
  names: { zh: '十五五规划', zhHant: '十五五規劃', pinyin: 'Shíwǔwǔ Guīhuà' },
  aliases: [
    '15th Five Year Plan',
    'Fifteenth Five-Year Plan',
    '15th FYP',
    '十五五',
    '第十五个五年规划',
  ],
  summary: 'The plan for 2026-2030, approved by the National People\'s Congress on 12 March 2026; it makes sci-tech self-reliance, "new quality productive forces" and an AI+ action plan its core.',
  year: { value: 2026, source: 'https://www.anews.com.tr/asia/2026/03/12/chinas-parliament-approves-outline-of-latest-5-year-plan', note: 'outline approved by the NPC on 12 March 2026' },
  issuer: "National People's Congress",
  period: { from: 2026, to: 2030 },
  goals: [
    'Substantially raise self-reliance in science and technology, with breakthroughs in chips and other core technologies.',
    'Spread AI through industry, services and government under an AI+ action plan.',
    'Back frontier fields such as quantum, 6G, humanoid robots, fusion and brain-computer interfaces.',
    'Boost household consumption and the domestic market.',
  ],
  related: ['policy:five-year-plans', 'policy:new-quality-productive-forces', 'policy:ai-plus', 'policy:digital-china'],
  sources: [
    'https://www.anews.com.tr/asia/2026/03/12/chinas-parliament-approves-outline-of-latest-5-year-plan',
    'https://en.wikipedia.org/wiki/Fifteenth_five-year_plan',
    'https://www.fxstreet.com/news/china-five-year-plan-steps-up-tech-energy-and-decarbonisation-efforts-202603050619',
    'https://www.geo.tv/latest/654278-chinas-next-five-year-strategy-is-out-heres-what-it-plans-to-do',
  ],
} satisfies Policy;
