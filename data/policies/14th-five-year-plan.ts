import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:14th-five-year-plan',
  kind: 'policy',
  name: '14th Five-Year Plan',
  names: { zh: '十四五规划', zhHant: '十四五規劃', pinyin: 'Shísìwǔ Guīhuà' },
  aliases: ['14th Five Year Plan', 'Fourteenth Five-Year Plan', '14th FYP', '十四五', '第十四个五年规划'],
  summary:
    'The plan for 2021-2025 with long-range objectives to 2035, passed in March 2021; it dropped a fixed GDP growth target and put technological self-reliance and "dual circulation" at the centre.',
  year: {
    value: 2021,
    source: 'https://news.cgtn.com/news/2021-03-13/China-unveils-final-version-of-the-14th-Five-Year-Plan-YASVodGtMI/index.html',
    note: 'outline passed by the NPC in March 2021',
  },
  issuer: "National People's Congress",
  period: { from: 2021, to: 2025 },
  goals: [
    'Set annual rather than five-year growth targets.',
    'Raise R&D spending by more than 7% a year.',
    'Build the dual-circulation pattern led by the domestic market.',
    'Cut energy and carbon intensity of GDP by 13.5% and 18%.',
  ],
  related: ['policy:five-year-plans', 'policy:dual-circulation'],
  sources: [
    'https://news.cgtn.com/news/2021-03-13/China-unveils-final-version-of-the-14th-Five-Year-Plan-YASVodGtMI/index.html',
    'https://www.shine.cn/news/nation/2103125838/',
  ],
} satisfies Policy;
