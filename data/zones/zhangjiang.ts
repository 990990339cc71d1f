import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:zhangjiang',
  kind: 'zone',
  name: 'Zhangjiang Hi-Tech Park',
  names: { zh: '张江高科技园区', zhHant: '張江高科技園區', pinyin: 'Zhāngjiāng Gāokējì Yuánqū' },
  aliases: [
    'Zhangjiang',
    'Zhangjiang High-Tech Park',
    'Zhangjiang Hi-tech Park',
    'Zhangjiang Science City',
    'Zhangjiang Science Park',
    '张江',
    '張江',
  ],
  summary:
    'Technology park in Pudong, Shanghai, now called Zhangjiang Science City; the centre of Shanghai’s chip industry and a major drug-development cluster.',
  zoneType: 'park',
  city: 'city:shanghai',
  established: { value: 1992, source: 'https://english.pudong.gov.cn/2023-04/24/c_879919.htm' },
  area: { value: 95, unit: 'km2', year: 2023, source: 'https://english.pudong.gov.cn/2023-04/24/c_879919.htm' },
  focus: ['integrated circuits', 'biomedicine', 'software'],
  related: ['company:smic', 'company:hua-hong', 'zone:shanghai-ftz'],
  sources: [
    'https://english.pudong.gov.cn/2023-04/24/c_879919.htm',
    'https://archive.shine.cn/business/benchmark/Tech-pacesetter-in-synch-with-changing-times/shdaily.shtml',
  ],
} satisfies Zone;
