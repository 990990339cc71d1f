import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:lingang',
  kind: 'zone',
  name: 'Lin-gang Special Area',
  names: { zh: '临港新片区', zhHant: '臨港新片區', pinyin: 'Língǎng Xīnpiànqū' },
  aliases: [
    'Lingang Special Area',
    'Lin-gang New Area',
    'Lingang New Area',
    'Lin-gang',
    'Lingang',
    'Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone',
    '临港',
  ],
  summary:
    'Coastal area of south-east Shanghai added to the Shanghai free-trade zone in 2019 with extra freedoms; site of Tesla’s first factory outside the US.',
  zoneType: 'free-trade-zone',
  city: 'city:shanghai',
  established: { value: 2019, source: 'https://en.lingang.gov.cn/2019-08/06/c_451730.htm' },
  focus: ['electric vehicles', 'advanced manufacturing', 'port logistics'],
  related: ['zone:shanghai-ftz'],
  sources: [
    'https://en.lingang.gov.cn/2019-08/06/c_451730.htm',
    'https://www.scmp.com/economy/china-economy/article/3021706/china-doubles-size-shanghai-free-trade-zone-include-tesla',
  ],
} satisfies Zone;
