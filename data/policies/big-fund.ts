import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:big-fund',
  kind: 'policy',
  name: 'National Integrated Circuit Industry Investment Fund',
  names: { zh: '国家集成电路产业投资基金', zhHant: '國家集成電路產業投資基金', pinyin: 'Guójiā Jíchéng Diànlù Chǎnyè Tóuzī Jījīn' },
  aliases: [
    { text: 'Big Fund', needsContext: 'common-word' },
    'National IC Industry Investment Fund',
    'China Integrated Circuit Industry Investment Fund',
    'China IC Industry Investment Fund',
    'China IC Fund',
    'Big Fund II',
    'Big Fund III',
    '大基金',
  ],
  summary: 'The state-backed investment fund for chips, known as the Big Fund: phase one (2014) raised 138.7 billion yuan, phase two (2019) about 204 billion, phase three (May 2024) 344 billion.',
  year: { value: 2014, source: 'https://trendforce.com/news/2024/05/27/news-chinas-big-fund-phase-three-commences-injecting-344-billion-rmb-into-semiconductor-industry-growth' },
  issuer: 'State Council (funded by the Ministry of Finance and state-owned investors)',
  goals: [
    'Invest in chip design, manufacturing, packaging, equipment and materials.',
    'Draw private capital in alongside state money.',
    'Reduce dependence on foreign semiconductors under export controls.',
  ],
  related: ['policy:made-in-china-2025', 'company:smic', 'company:hua-hong', 'company:ymtc'],
  sources: [
    'https://trendforce.com/news/2024/05/27/news-chinas-big-fund-phase-three-commences-injecting-344-billion-rmb-into-semiconductor-industry-growth',
    'https://inkl.com/news/china-piles-47-5-billion-into-big-fund-iii-to-boost-chip-development',
    'https://www.wikimili.com/en/China_Integrated_Circuit_Industry_Investment_Fund',
  ],
  disputed: [
    {
      field: 'year',
      values: [
        { value: 2014, source: 'https://inkl.com/news/china-piles-47-5-billion-into-big-fund-iii-to-boost-chip-development' },
        { value: 2015, source: 'https://pt.hi-network.com/china-launches-47b-semiconductor-fund-to-counter-us-supremacy.html' },
      ],
      note: 'Registration records and most reports give September 2014; one report dates the launch to 2015 under Made in China 2025.',
    },
  ],
} satisfies Policy;
