import type { Company } from '../../src/data/schema';

export default {
  id: 'company:robosense',
  kind: 'company',
  name: 'RoboSense',
  names: { zh: '速腾聚创', zhHant: '速騰聚創', pinyin: 'Sùténg Jùchuàng' },
  aliases: ['RoboSense Technology', 'Robosense', 'Suteng Innovation', '速腾'],
  summary:
    "Shenzhen maker of lidar sensors and perception software for cars and robots; its January 2024 listing was Hong Kong's first IPO of that year.",
  founded: { value: 2014, source: 'https://longportapp.com/en/news/208053956' },
  headquarters: 'city:shenzhen',
  founders: ['Qiu Chunxin (Steven Qiu)'],
  sectors: ['lidar', 'autonomous driving sensors'],
  listings: [{ exchange: 'HKEX', ticker: '2498', since: 2024 }],
  related: ['city:shenzhen', 'company:hesai', 'company:cainiao', 'zone:nanshan'],
  sources: [
    'https://longportapp.com/en/news/208053956',
    'https://www.scmp.com/business/banking-finance/article/3247378/hong-kongs-first-ipo-year-makes-weak-trading-debut-robosense-technology-shares-drop-tepid-market',
    'https://borsatek.com/service/amp/alibaba-istiraki-halka-arz-oldu-ilk-gunden-kaybettirdi-105296h.htm',
    'https://longportapp.com/news/262995818',
  ],
} satisfies Company;
