import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:hetao',
  kind: 'zone',
  name: 'Hetao Shenzhen–Hong Kong Science and Technology Innovation Cooperation Zone',
  names: { zh: '河套深港科技创新合作区', zhHant: '河套深港科技創新合作區', pinyin: 'Hétào Shēn-Gǎng Kējì Chuàngxīn Hézuòqū' },
  aliases: [
    { text: 'Hetao', needsContext: 'place-name' },
    'Hetao Cooperation Zone',
    'Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone',
    'Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone',
    'Lok Ma Chau Loop',
    '河套',
  ],
  summary:
    'Cross-border science zone on both banks of the Shenzhen River, with a Shenzhen park and a Hong Kong park at the Lok Ma Chau Loop; the State Council issued the Shenzhen park’s development plan in 2023.',
  zoneType: 'park',
  city: 'city:shenzhen',
  focus: ['cross-border research', 'innovation and technology', 'Hong Kong cooperation'],
  related: ['city:hong-kong', 'zone:greater-bay-area', 'zone:qianhai'],
  sources: [
    'https://www.sz.gov.cn/en_szgov/business/index.html',
    'https://en.people.cn/n3/2023/0830/c90000-20065072.html',
    'https://www.info.gov.hk/gia/general/202207/13/P2022071300262p.htm',
  ],
} satisfies Zone;
