import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:songshan-lake',
  kind: 'zone',
  name: 'Songshan Lake High-tech Zone',
  names: { zh: '松山湖高新技术产业开发区', zhHant: '松山湖高新技術產業開發區', pinyin: 'Sōngshānhú' },
  aliases: [
    'Songshan Lake',
    'Songshan Lake National High-tech Industrial Development Zone',
    'Songshan Lake Sci. & Tech. Industry Park',
    '松山湖',
  ],
  summary:
    'National high-tech zone in Dongguan, laid out from 2001 on former lychee orchards to move the “world factory” towards technology and research.',
  zoneType: 'park',
  city: 'city:dongguan',
  established: {
    value: 2001,
    source: 'https://www.ssl.gov.cn/endgssl/newss/201811/ee4eb892e83d4dde824f74462cdd0cf5.shtml',
    note: 'development began; later made a national high-tech zone',
  },
  focus: ['high-tech manufacturing', 'research and development'],
  related: ['zone:greater-bay-area', 'zone:pearl-river-delta'],
  sources: ['https://www.ssl.gov.cn/endgssl/newss/201811/ee4eb892e83d4dde824f74462cdd0cf5.shtml'],
} satisfies Zone;
