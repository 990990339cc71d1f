import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:shanghai-ftz',
  kind: 'zone',
  name: 'China (Shanghai) Pilot Free Trade Zone',
  names: { zh: '中国（上海）自由贸易试验区', zhHant: '中國（上海）自由貿易試驗區' },
  aliases: [
    'Shanghai FTZ',
    'Shanghai Free Trade Zone',
    'Shanghai Free-Trade Zone',
    'Shanghai Pilot Free Trade Zone',
    'China (Shanghai) Free Trade Zone',
    { text: 'SHFTZ', exactCase: true },
    '上海自贸区',
    '上海自貿區',
  ],
  summary:
    'Mainland China’s first pilot free-trade zone, opened in Shanghai in 2013 to test looser rules on trade, investment and finance; doubled in size in 2019.',
  zoneType: 'free-trade-zone',
  city: 'city:shanghai',
  established: { value: 2013, source: 'https://en.lingang.gov.cn/2019-08/06/c_451730.htm' },
  area: {
    value: 240,
    unit: 'km2',
    year: 2019,
    source: 'https://en.lingang.gov.cn/2019-08/06/c_451730.htm',
    note: 'after adding Lin-gang',
  },
  focus: ['trade liberalisation', 'financial opening', 'logistics'],
  related: ['zone:lingang', 'zone:zhangjiang'],
  sources: ['https://en.lingang.gov.cn/2019-08/06/c_451730.htm'],
} satisfies Zone;
