import type { Company } from '../../src/data/schema';

export default {
  id: 'company:robosense',
  kind: 'company',
  name: 'RoboSense',
  names: { zh: '速腾聚创', zhHant: '速騰聚創', pinyin: 'Sùténg Jùchuàng' },
  aliases: ['RoboSense Technology', 'Robosense', 'Suteng Innovation', '速腾'],
  summary:
    "Shenzhen maker of lidar sensors and perception software for cars and robots; its January 2024 listing was Hong Kong's first IPO of that year.",
  founded: {
    value: 2014,
    source:
      'https://africa.businessinsider.com/transportation/the-founder-of-the-worlds-top-lidar-maker-says-theres-one-problem-with-elon-musks/9k90fhb',
  },
  headquarters: 'city:shenzhen',
  founders: ['Qiu Chunxin (Steven Qiu)'],
  sectors: ['lidar', 'autonomous driving sensors'],
  listings: [{ exchange: 'HKEX', ticker: '2498', since: 2024 }],
  related: ['city:shenzhen', 'company:hesai', 'company:cainiao', 'zone:nanshan'],
  sources: [
    'https://africa.businessinsider.com/transportation/the-founder-of-the-worlds-top-lidar-maker-says-theres-one-problem-with-elon-musks/9k90fhb',
    'https://www.scmp.com/business/banking-finance/article/3247378/hong-kongs-first-ipo-year-makes-weak-trading-debut-robosense-technology-shares-drop-tepid-market',
  ],
} satisfies Company;
