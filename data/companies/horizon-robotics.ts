import type { Company } from '../../src/data/schema';

export default {
  id: 'company:horizon-robotics',
  kind: 'company',
  name: 'Horizon Robotics',
  names: { zh: '地平线', zhHant: '地平線', pinyin: 'Dìpíngxiàn' },
  // Bare "Horizon" is an ordinary word and many other names (Horizon Europe...).
  aliases: [
    { text: 'Horizon', needsContext: 'common-word' },
    { text: '地平线', needsContext: 'common-word' },
    { text: '地平線', needsContext: 'common-word' },
  ],
  summary:
    "Beijing supplier of driver-assistance and autonomous-driving chips and software, founded by a former head of Baidu's deep-learning research; listed in Hong Kong in 2024.",
  founded: {
    value: 2015,
    source:
      'https://www.scmp.com/business/banking-finance/article/3283603/horizon-robotics-soar-31-hong-kong-debut-ipos-return-bumper-week-fundraising',
    note: 'by Yu Kai, who had led deep-learning and autonomous-driving work at Baidu',
  },
  headquarters: 'city:beijing',
  founders: ['Yu Kai'],
  sectors: ['autonomous driving', 'AI chips', 'automotive electronics'],
  listings: [{ exchange: 'HKEX', ticker: '9660', since: 2024 }],
  related: ['company:baidu', 'company:saic-motor', 'company:momenta', 'city:beijing'],
  sources: [
    'https://www.scmp.com/business/banking-finance/article/3283603/horizon-robotics-soar-31-hong-kong-debut-ipos-return-bumper-week-fundraising',
  ],
} satisfies Company;
