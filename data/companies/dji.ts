import type { Company } from '../../src/data/schema';

export default {
  id: 'company:dji',
  kind: 'company',
  name: 'DJI',
  names: { zh: '大疆创新', zhHant: '大疆創新', pinyin: 'Dàjiāng Chuàngxīn' },
  aliases: ['DJI Technology', 'SZ DJI Technology', 'Da-Jiang Innovations', 'Dajiang Innovations', '大疆'],
  summary:
    "Privately held Shenzhen company that dominates the world's consumer and commercial drone market; Frank Wang began it from his university dorm in Hong Kong before moving to Shenzhen. A US judge upheld its place on the Pentagon’s list of Chinese military companies in September 2025, and in December the FCC added DJI and other foreign-made drones to its Covered List, barring authorisation of new models in the US.",
  founded: {
    value: 2006,
    source: 'https://www.scmp.com/tech/big-tech/article/2184687/how-dji-went-university-dorm-project-worlds-biggest-drone-company',
  },
  headquarters: 'city:shenzhen',
  founders: ['Frank Wang (Wang Tao)'],
  sectors: ['drones', 'camera stabilisers', 'robotics'],
  listings: [],
  employees: {
    value: 14_000,
    unit: 'employees',
    year: 2019,
    source: 'https://www.scmp.com/tech/big-tech/article/2184687/how-dji-went-university-dorm-project-worlds-biggest-drone-company',
    note: 'as reported February 2019',
  },
  revenue: {
    value: 18_000_000_000,
    unit: 'CNY',
    year: 2017,
    source: 'https://www.scmp.com/tech/big-tech/article/2184687/how-dji-went-university-dorm-project-worlds-biggest-drone-company',
  },
  related: ['city:shenzhen', 'city:hong-kong', 'zone:nanshan'],
  sources: [
    'https://www.theverge.com/news/786540/dji-loses-chinese-military-company-lawsuit-dod',
    'https://aviationweek.com/business-aviation/safety-ops-regulation/fccs-drone-listing-hits-public-safety-agencies',
    'https://www.scmp.com/tech/big-tech/article/2184687/how-dji-went-university-dorm-project-worlds-biggest-drone-company',
  ],
} satisfies Company;
