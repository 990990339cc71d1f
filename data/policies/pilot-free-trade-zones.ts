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
  summary:
    "Zones where the State Council trials freer trade, investment and finance rules before spreading them nationwide. The first opened in Shanghai's Pudong on 29 September 2013; the Xinjiang zone, inaugurated on 1 November 2023, was the 22nd.",
  year: {
    value: 2013,
    source: 'https://www.china.org.cn/china/Off_the_Wire/2023-09/29/content_116720629.htm',
    note: 'Shanghai zone launched 29 September 2013',
  },
  issuer: 'State Council',
  designations: [
    {
      place: 'city:shanghai',
      value: 2013,
      source: 'https://en.wikipedia.org/wiki/China_(Shanghai)_Pilot_Free-Trade_Zone',
      note: 'approved 22 August, launched 29 September 2013; the first',
    },
  ],
  goals: [
    'Test negative-list investment rules and easier business licensing.',
    'Free up cross-border goods and capital flows.',
    'Copy successful measures nationwide.',
  ],
  related: ['city:shanghai', 'zone:shanghai-ftz', 'zone:zhangjiang', 'zone:lingang', 'policy:hainan-free-trade-port'],
  sources: [
    'https://www.china.org.cn/china/Off_the_Wire/2023-09/29/content_116720629.htm',
    'https://www.bjreview.com/Opinion/Editorial/202311/t20231128_800350177.html',
    'https://en.wikipedia.org/wiki/China_(Shanghai)_Pilot_Free-Trade_Zone',
  ],
} satisfies Policy;
