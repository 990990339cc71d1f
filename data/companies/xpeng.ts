import type { Company } from '../../src/data/schema';

export default {
  id: 'company:xpeng',
  kind: 'company',
  name: 'XPeng',
  names: { zh: '小鹏汽车', zhHant: '小鵬汽車', pinyin: 'Xiǎopéng Qìchē' },
  aliases: ['Xpeng', 'Xiaopeng', 'XPeng Motors', 'Xiaopeng Motors', 'XPeng Inc', '小鹏', '小鵬'],
  summary:
    'Guangzhou electric-car maker with its own autonomous-driving research, chaired by UCWeb co-founder He Xiaopeng and backed early by Alibaba and Xiaomi.',
  founded: { value: 2014, source: 'https://en.wikipedia.org/wiki/XPeng' },
  headquarters: 'city:guangzhou',
  founders: ['He Xiaopeng', 'Xia Heng', 'He Tao', 'Yang Chunlei'],
  sectors: ['electric vehicles', 'autonomous driving'],
  listings: [
    { exchange: 'NYSE', ticker: 'XPEV', since: 2020 },
    { exchange: 'HKEX', ticker: '9868', since: 2021 },
  ],
  employees: {
    value: 13_978,
    unit: 'employees',
    year: 2021,
    source: 'https://en.wikipedia.org/wiki/XPeng',
  },
  revenue: {
    value: 40_870_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://www.nasdaq.com/articles/xpeng-inc-reports-significant-revenue-growth-and-improved-margins-fourth-quarter-and',
    note: 'fiscal year 2024 (up 33.2%), from its results as summarised by Nasdaq.com',
  },
  related: ['company:nio', 'company:byd', 'company:alibaba', 'company:xiaomi', 'city:guangzhou'],
  sources: [
    'https://en.wikipedia.org/wiki/XPeng',
    'https://www.nasdaq.com/articles/xpeng-inc-reports-significant-revenue-growth-and-improved-margins-fourth-quarter-and',
    'https://www.scmp.com/magazines/style/tech-design/article/3101790/elon-musk-watch-out-tesla-competitor-xpeng-motors-value',
    'https://www.scmp.com/business/companies/article/3140045/he-xiaopeng-counts-bumblebee-his-muse-xpeng-transforms-smart',
  ],
  disputed: [
    {
      field: 'founders',
      values: [
        { value: 'He Xiaopeng, Xia Heng, He Tao, Yang Chunlei', source: 'https://en.wikipedia.org/wiki/XPeng' },
        { value: 'Xia Heng and He Tao, with He Xiaopeng as an early backer', source: 'https://en.wikipedia.org/wiki/XPeng' },
      ],
      note: 'Accounts differ on whether He Xiaopeng co-founded the company or joined as its main investor and later chairman.',
    },
  ],
} satisfies Company;
