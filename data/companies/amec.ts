import type { Company } from '../../src/data/schema';

export default {
  id: 'company:amec',
  kind: 'company',
  name: 'Advanced Micro-Fabrication Equipment',
  names: { zh: '中微半导体设备', zhHant: '中微半導體設備', pinyin: 'Zhōngwēi Bàndǎotǐ Shèbèi' },
  aliases: [
    { text: 'AMEC', exactCase: true, needsContext: 'other-entity' },
    'Advanced Micro-Fabrication Equipment Inc. China',
    'AMEC China',
    '中微公司',
    '中微半导体',
    '中微半導體',
  ],
  summary:
    "Shanghai maker of plasma etch and deposition tools for chip fabs, founded by Applied Materials and Lam Research veteran Gerald Yin; one of China's chip-equipment champions.",
  founded: {
    value: 2004,
    source: 'https://en.wikipedia.org/wiki/Advanced_Micro-Fabrication_Equipment',
    note: '31 May 2004',
  },
  headquarters: 'city:shanghai',
  founders: ['Gerald Yin'],
  sectors: ['semiconductor equipment'],
  listings: [{ exchange: 'SSE STAR', ticker: '688012' }],
  revenue: { value: 9_070_000_000, unit: 'CNY', year: 2024, source: 'https://en.tmtpost.com/post/7542008' },
  employees: {
    value: 1722,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Advanced_Micro-Fabrication_Equipment',
  },
  related: ['city:shanghai', 'company:naura', 'company:smic', 'policy:star-market'],
  sources: ['https://en.wikipedia.org/wiki/Advanced_Micro-Fabrication_Equipment', 'https://en.tmtpost.com/post/7542008'],
} satisfies Company;
