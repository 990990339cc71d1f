import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:15th-five-year-plan',
  kind: 'policy',
  name: '15th Five-Year Plan',
  names: { zh: '十五五规划', zhHant: '十五五規劃', pinyin: 'Shíwǔwǔ Guīhuà' },
  aliases: ['15th Five Year Plan', 'Fifteenth Five-Year Plan', '15th FYP', '十五五', '第十五个五年规划'],
  summary:
    'The national development plan for 2026-2030. Its 141-page draft, centred on AI (with an AI+ action plan) and on cutting reliance on foreign technology such as advanced chips, was put to the annual NPC session in March 2026, and deputies approved the outline on 12 March 2026.',
  year: {
    value: 2026,
    source: 'https://www.ecns.cn/news/politics/2026-03-12/detail-ihfaqfsq8282627.shtml',
    note: 'outline approved by the NPC on 12 March 2026',
  },
  issuer: "National People's Congress",
  period: { from: 2026, to: 2030 },
  goals: [
    'Substantially raise self-reliance in science and technology, with breakthroughs in core technologies such as chips.',
    'Spread AI through industry, services and government.',
    'Foster new quality productive forces and frontier fields such as quantum technology, 6G, humanoid robots, nuclear fusion and brain-computer interfaces.',
    'Boost household consumption and the domestic market.',
  ],
  related: [
    'policy:five-year-plans',
    'policy:14th-five-year-plan',
    'policy:new-quality-productive-forces',
    'policy:ai-plus',
    'policy:digital-china',
  ],
  sources: [
    'https://www.ecns.cn/news/politics/2026-03-12/detail-ihfaqfsq8282627.shtml',
    'https://en.people.cn/n3/2025/1227/c90000-20407531.html',
    'https://www.geo.tv/latest/654278-chinas-next-five-year-strategy-is-out-heres-what-it-plans-to-do',
    'https://en.wikipedia.org/wiki/Fifteenth_five-year_plan',
  ],
} satisfies Policy;
