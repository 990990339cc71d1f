import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:made-in-china-2025',
  kind: 'policy',
  name: 'Made in China 2025',
  names: { zh: '中国制造2025', zhHant: '中國製造2025', pinyin: 'Zhōngguó Zhìzào 2025' },
  aliases: [
    'Made-in-China 2025',
    'Made in China 2025 plan',
    'Made in China 2025 strategy',
    'China Manufacturing 2025',
    'MIC2025',
    { text: 'MIC 2025', needsContext: 'abbreviation' },
    { text: 'MIC25', needsContext: 'abbreviation', exactCase: true },
    '中国制造 2025',
  ],
  summary:
    "The State Council's ten-year plan, unveiled in May 2015 after first being mentioned in that March's government work report, to turn China from a large manufacturer into a manufacturing power, naming ten priority sectors from new IT and robotics to new-energy vehicles.",
  year: {
    value: 2015,
    source: 'https://covid-19.chinadaily.com.cn/usa/business/2015-05/19/content_20760651.htm',
    note: 'unveiled by the State Council on 19 May 2015',
  },
  issuer: 'State Council',
  period: { from: 2015, to: 2025 },
  goals: [
    'Rank among the manufacturing powers by 2025, as the first of three ten-year steps toward 2049.',
    'Merge information technology with industry and raise innovation, quality and green production.',
    'Push ten sectors: new IT, CNC tools and robotics, aerospace, ocean engineering, rail, new-energy vehicles, power equipment, new materials, biomedicine, farm machinery.',
    'Raise the domestic share of core components and materials.',
  ],
  related: ['policy:13th-five-year-plan', 'policy:14th-five-year-plan', 'policy:big-fund', 'policy:internet-plus', 'policy:little-giants'],
  sources: [
    'https://covid-19.chinadaily.com.cn/usa/business/2015-05/19/content_20760651.htm',
    'https://global.chinadaily.com.cn/business/2015-03/30/content_19946139.htm',
  ],
} satisfies Policy;
