import type { Company } from '../../src/data/schema';

export default {
  id: 'company:byd',
  kind: 'company',
  name: 'BYD',
  names: { zh: '比亚迪', zhHant: '比亞迪', pinyin: 'Bǐyàdí' },
  aliases: ['BYD Company', 'BYD Co', 'BYD Auto'],
  summary:
    'Shenzhen conglomerate that began as a rechargeable-battery maker and became the largest producer of plug-in electric cars; it also makes batteries, buses and electronics.',
  founded: {
    value: 1995,
    source: 'https://www.businessinsider.com/tb/the-list-of-300-people-transforming-business-in-2020-9/transformers/wang-chuanfu',
    note: 'as a rechargeable-battery maker',
  },
  headquarters: 'city:shenzhen',
  founders: ['Wang Chuanfu', 'Lu Xiangyang'],
  sectors: ['electric vehicles', 'batteries', 'electronics manufacturing'],
  listings: [
    { exchange: 'HKEX', ticker: '1211', since: 2002 },
    { exchange: 'SZSE', ticker: '002594' },
  ],
  employees: {
    value: 703_504,
    unit: 'employees',
    year: 2023,
    source: 'https://cnevpost.com/2024/09/13/byd-workforce-exceeds-900000',
    note: 'end of 2023, from the annual report',
  },
  revenue: {
    value: 777_100_000_000,
    unit: 'CNY',
    year: 2024,
    source:
      'https://www.automotiveworld.com/news-releases/byd-reports-its-financial-results-in-2024-revenue-hits-777-1-billion-yuan-up-23-year-on-year/',
    note: 'fiscal year 2024 (up 29%), from BYD’s results release as published by Automotive World',
  },
  related: ['company:catl', 'company:nio', 'company:xpeng', 'city:shenzhen'],
  sources: [
    'https://en.wikipedia.org/wiki/BYD_Company',
    'https://en.people.cn/n3/2024/0328/c90000-20150535.html',
    'https://cnevpost.com/2024/09/13/byd-workforce-exceeds-900000',
    'https://www.automotiveworld.com/news-releases/byd-reports-its-financial-results-in-2024-revenue-hits-777-1-billion-yuan-up-23-year-on-year/',
  ],
  disputed: [
    {
      field: 'employees',
      values: [
        { value: '703,504 (end of 2023)', source: 'https://cnevpost.com/2024/09/13/byd-workforce-exceeds-900000' },
        { value: '704,000 (2024)', source: 'https://en.wikipedia.org/wiki/BYD_Company' },
        { value: 'over 900,000 (September 2024)', source: 'https://cnevpost.com/2024/09/13/byd-workforce-exceeds-900000' },
      ],
      note: 'The mirror’s 2024 figure is the rounded end-2023 head count; the workforce passed 900,000 during 2024.',
    },
  ],
} satisfies Company;
