import type { Company } from '../../src/data/schema';

export default {
  id: 'company:nio',
  kind: 'company',
  name: 'NIO',
  names: { zh: '蔚来', zhHant: '蔚來', pinyin: 'Wèilái' },
  aliases: [{ text: 'NIO', exactCase: true }, { text: 'Nio', exactCase: true }, 'NIO Inc', 'NextEV', '蔚来汽车', '蔚來汽車'],
  summary:
    'Shanghai maker of premium electric cars known for battery-swap stations, founded by William Li as NextEV; its cars are built in Hefei.',
  founded: {
    value: 2014,
    source: 'https://en.wikipedia.org/wiki/Nio_Inc.',
    note: 'as NextEV, renamed NIO in 2016',
  },
  headquarters: 'city:shanghai',
  founders: ['William Li (Li Bin)'],
  sectors: ['electric vehicles', 'battery swapping', 'autonomous driving'],
  listings: [
    { exchange: 'NYSE', ticker: 'NIO', since: 2018 },
    { exchange: 'HKEX', ticker: '9866', since: 2022 },
  ],
  employees: {
    value: 20_000,
    unit: 'employees',
    year: 2023,
    source: 'https://en.wikipedia.org/wiki/Nio_Inc.',
  },
  revenue: {
    value: 87_500_000_000,
    unit: 'CNY',
    year: 2025,
    source:
      'https://www.businesstimes.com.sg/companies-markets/transport-logistics/nio-swings-black-q4-profit-122-4-million-yuan-record-deliveries',
    note: 'year ended 31 December 2025 (87.5 billion yuan, up 33.1%), as reported by The Business Times',
  },
  related: ['company:xpeng', 'company:byd', 'company:catl', 'company:tencent', 'city:shanghai', 'city:hefei'],
  sources: [
    'https://www.businesstimes.com.sg/companies-markets/transport-logistics/nio-swings-black-q4-profit-122-4-million-yuan-record-deliveries',
    'https://cnevpost.com/2022/02/28/nio-expected-to-be-listed-in-hong-kong-on-march-10/',
    'https://en.wikipedia.org/wiki/Nio_Inc.',
  ],
} satisfies Company;
