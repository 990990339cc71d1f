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
  summary: 'The state-backed investment fund for the chip industry, known as the Big Fund: its first phase was set up in 2014, a second followed in 2019 and a third, the largest, was registered in May 2024.',
  year: { value: 2014, source: 'https://en.wikipedia.org/wiki/China_Integrated_Circuit_Industry_Investment_Fund', note: 'first phase set up in 2014' },
  issuer: 'State Council (funded by the Ministry of Finance and state-owned investors)',
  goals: [
    'Invest in chip design, manufacturing, packaging, equipment and materials.',
    'Draw private capital in alongside state money.',
    'Reduce dependence on foreign semiconductors under export controls.',
  ],
  related: ['policy:made-in-china-2025', 'company:smic', 'company:hua-hong', 'company:ymtc'],
  sources: [
    'https://en.wikipedia.org/wiki/China_Integrated_Circuit_Industry_Investment_Fund',
  ],
} satisfies Policy;
