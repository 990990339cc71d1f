import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ubtech',
  kind: 'company',
  name: 'UBTech',
  names: { zh: '优必选', zhHant: '優必選', pinyin: 'Yōubìxuǎn' },
  aliases: ['UBTech Robotics', 'UBTECH Robotics Corp', 'Ubtech Robotics Corp Ltd', '优必选科技', '優必選科技'],
  summary:
    'Shenzhen humanoid-robot maker, known for its small Alpha robots and the Walker series; in 2023 it became the first humanoid-robot company listed in Hong Kong.',
  founded: {
    value: 2012,
    source: 'https://yicaiglobal.com/news/chinese-robot-firm-ubtech-rebounds-after-execs-commit-to-12-month-share-lock-up',
  },
  headquarters: 'city:shenzhen',
  founders: ['Zhou Jian'],
  sectors: ['humanoid robots', 'robotics', 'artificial intelligence'],
  listings: [{ exchange: 'HKEX', ticker: '9880', since: 2023 }],
  related: ['company:unitree', 'company:agibot', 'company:tencent', 'city:shenzhen'],
  sources: ['https://yicaiglobal.com/news/chinese-robot-firm-ubtech-rebounds-after-execs-commit-to-12-month-share-lock-up'],
} satisfies Company;
