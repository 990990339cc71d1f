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
  summary: "The State Council's ten-year plan, issued in May 2015, to turn China from a large manufacturer into a leading manufacturing power, naming ten priority sectors from IT and robotics to new-energy vehicles.",
  year: { value: 2015, source: 'https://www.travel-impact-newswire.com/2015/06/china-pinpoints-ten-key-sectors-to-drive-economy-until-2025/', note: 'unveiled by the State Council in May 2015' },
  issuer: 'State Council',
  period: { from: 2015, to: 2025 },
  goals: [
    'Rank among the manufacturing powers by 2025, as the first of three ten-year steps toward 2049.',
    'Merge information technology with industry and raise innovation, quality and green production.',
    'Push ten sectors: new IT, CNC tools and robotics, aerospace, ocean engineering, rail, new-energy vehicles, power equipment, new materials, biomedicine, farm machinery.',
    'Raise the domestic share of core components and materials.',
  ],
  related: ['policy:13th-five-year-plan', 'policy:14th-five-year-plan', 'policy:big-fund', 'policy:internet-plus'],
  sources: [
    'https://www.travel-impact-newswire.com/2015/06/china-pinpoints-ten-key-sectors-to-drive-economy-until-2025/',
    'https://www.amchamchina.org/press/nation-still-in-favor-with-foreign-investors/',
    'https://english.www.gov.cn/policies/latest_releases/2015/05/19/content_281475110703534.htm',
  ],
} satisfies Policy;
