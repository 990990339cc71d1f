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
  headquarters: 'Ningde',
  founders: ['Robin Zeng (Zeng Yuqun)', 'Huang Shilin'],
  sectors: ['batteries', 'electric vehicles', 'energy storage'],
  listings: [
    { exchange: 'SZSE', ticker: '300750', since: 2018 },
    { exchange: 'HKEX', ticker: '3750', since: 2025 },
  ],
  revenue: { value: 362_013_000_000, unit: 'CNY', year: 2024, source: 'https://youngbattery.com/catl-475gwh-lithium-battery-sales-in-2024' },
  related: ['company:byd', 'company:nio', 'company:xpeng'],
  sources: [
    'https://youngbattery.com/catl-475gwh-lithium-battery-sales-in-2024',
    'https://www.shine.cn/biz/economy/2505201758/',
    'https://en.wikipedia.org/wiki/Contemporary_Amperex_Technology',
  ],
} satisfies Company;
