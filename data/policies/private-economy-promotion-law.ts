import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:private-economy-promotion-law',
  kind: 'policy',
  name: 'Private Economy Promotion Law',
  names: { zh: '民营经济促进法', zhHant: '民營經濟促進法', pinyin: 'Mínyíng Jīngjì Cùjìn Fǎ' },
  aliases: [
    'Private Sector Promotion Law',
    'Law on Promoting the Private Economy',
    "Private Economy Promotion Law of the People's Republic of China",
    '中华人民共和国民营经济促进法',
  ],
  summary:
    "China's first basic law dedicated to the private sector, passed by the NPC Standing Committee on 30 April 2025 and in force from 20 May 2025. Its 78 articles cover fair competition, financing, innovation and protection of private firms' rights, which by March 2025 numbered more than 57 million.",
  year: {
    value: 2025,
    source: 'https://en.wikipedia.org/wiki/Private_Sector_Promotion_Law_of_the_People%27s_Republic_of_China',
    note: 'passed 30 April 2025, in force 20 May 2025',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Give private firms fair market access outside the negative list and equal treatment with state firms.',
    "Improve financing and support for private firms' technological innovation.",
    'Protect the property and rights of private firms and entrepreneurs.',
  ],
  related: ['policy:reform-and-opening-up'],
  sources: [
    'https://en.wikipedia.org/wiki/Private_Sector_Promotion_Law_of_the_People%27s_Republic_of_China',
    'https://www.shine.cn/biz/economy/2504307251/',
  ],
} satisfies Policy;
