import type { Company } from '../../src/data/schema';

export default {
  id: 'company:catl',
  kind: 'company',
  name: 'CATL',
  names: { zh: '宁德时代', zhHant: '寧德時代', pinyin: 'Níngdé Shídài' },
  aliases: [
    { text: 'CATL', exactCase: true },
    'Contemporary Amperex Technology',
    'Contemporary Amperex Technology Co',
    'Contemporary Amperex',
  ],
  summary:
    "The world's largest maker of electric-vehicle batteries, based in Ningde, Fujian; spun off from consumer-battery maker ATL and listed in Shenzhen in 2018 and Hong Kong in 2025.",
  founded: {
    value: 2011,
    source: 'https://en.wikipedia.org/wiki/Contemporary_Amperex_Technology',
    note: 'in Ningde',
  },
  headquarters: 'city:ningde',
  founders: ['Robin Zeng (Zeng Yuqun)', 'Huang Shilin'],
  sectors: ['batteries', 'electric vehicles', 'energy storage'],
  listings: [
    { exchange: 'SZSE', ticker: '300750', since: 2018 },
    { exchange: 'HKEX', ticker: '3750', since: 2025 },
  ],
  revenue: {
    value: 423_700_000_000,
    unit: 'CNY',
    year: 2025,
    source: 'https://www.caixinglobal.com/2026-03-10/catls-rosy-results-rest-on-strong-ev-and-energy-storage-demand-102421487.html',
    note: 'year 2025 (up 17%), as reported by Caixin',
  },
  related: ['company:byd', 'company:nio', 'company:xpeng'],
  sources: [
    'https://www.caixinglobal.com/2026-03-10/catls-rosy-results-rest-on-strong-ev-and-energy-storage-demand-102421487.html',
    'https://www.shine.cn/biz/economy/2505201758/',
    'https://en.wikipedia.org/wiki/Contemporary_Amperex_Technology',
  ],
} satisfies Company;
