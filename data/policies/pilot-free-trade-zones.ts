import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:pilot-free-trade-zones',
  kind: 'policy',
  name: 'Pilot Free Trade Zones',
  names: { zh: '自由贸易试验区', zhHant: '自由貿易試驗區', pinyin: 'zìyóu màoyì shìyànqū' },
  aliases: [
    'Pilot Free Trade Zone',
    'free trade pilot zones',
    'free trade pilot zone',
    { text: 'free trade zones', needsContext: 'other-entity' },
    { text: 'FTZs', needsContext: 'abbreviation', exactCase: true },
    '自贸试验区',
    '自贸区',
  ],
  summary: 'Zones where the State Council trials freer trade, investment and finance rules before spreading them; the first opened in Shanghai in September 2013 and more than 20 existed by 2023.',
  year: { value: 2013, source: 'https://en.zgxwfb.cn/2023/08/10/3cc98aac9d564119b04950d25944f312.html', note: 'Shanghai FTZ launched September 2013' },
  issuer: 'State Council',
  goals: [
    'Test negative-list investment rules and easier business licensing.',
    'Free up cross-border goods and capital flows.',
    'Copy successful measures nationwide.',
  ],
  related: ['city:shanghai', 'zone:shanghai-ftz', 'zone:zhangjiang', 'zone:lingang'],
  sources: ['https://en.zgxwfb.cn/2023/08/10/3cc98aac9d564119b04950d25944f312.html', 'https://bnn.network/finance-nav/decade-of-innovation-chinas-pilot-free-trade-zones/'],
} satisfies Policy;
