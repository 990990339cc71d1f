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
  summary:
    'The state-backed investment fund for the chip industry, known as the Big Fund. Its first phase was registered on 26 September 2014, the second on 22 October 2019 with 204.15 billion yuan of registered capital, and the third, the largest, on 24 May 2024 with 344 billion yuan, the Ministry of Finance holding 17.44%.',
  year: { value: 2014, source: 'https://cna.com.tw/news/acn/202405270165.aspx', note: 'first phase registered 26 September 2014' },
  issuer: 'State Council (funded by the Ministry of Finance and state-owned investors)',
  goals: [
    'Invest in chip design, manufacturing, packaging, equipment and materials.',
    'Draw private capital in alongside state money.',
    'Reduce dependence on foreign semiconductors under export controls.',
  ],
  related: ['policy:made-in-china-2025', 'policy:chips-and-science-act', 'company:smic', 'company:hua-hong', 'company:ymtc'],
  sources: [
    'https://cna.com.tw/news/acn/202405270165.aspx',
    'https://en.wikipedia.org/wiki/China_Integrated_Circuit_Industry_Investment_Fund',
  ],
} satisfies Policy;
