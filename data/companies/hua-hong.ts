import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hua-hong',
  kind: 'company',
  name: 'Hua Hong Semiconductor',
  names: { zh: '华虹半导体', zhHant: '華虹半導體', pinyin: 'Huáhóng Bàndǎotǐ' },
  aliases: ['Hua Hong', 'Huahong', 'Huahong Semiconductor', 'Hua Hong Semi', '华虹', '華虹', '华虹公司'],
  summary:
    "Shanghai specialty foundry, the mainland's second-largest contract chipmaker after SMIC, making mature-node chips such as power devices, microcontrollers and embedded memory; listed in Hong Kong and on the STAR Market.",
  founded: {
    value: 1996,
    source: 'https://en.wikipedia.org/wiki/Hua_Hong_Semiconductor',
    note: 'as Shanghai Huahong Microelectronics, now Huahong Group',
  },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['semiconductor foundry', 'power semiconductors'],
  listings: [
    { exchange: 'HKEX', ticker: '1347', since: 2014 },
    { exchange: 'SSE STAR', ticker: '688347', since: 2023 },
  ],
  revenue: {
    value: 2_000_000_000,
    unit: 'USD',
    year: 2024,
    source: 'https://digitimes.com/news/a20250217PD231/competition-hua-hong-semiconductor-revenue-fab-loss.html',
    note: 'Hua Hong Semiconductor Limited, about US$2 billion, down 12.3%',
  },
  related: ['city:shanghai', 'company:smic', 'zone:zhangjiang', 'city:wuxi', 'policy:star-market'],
  sources: [
    'https://www.thewirechina.com/2023/01/29/hua-hongs-legacy/',
    'https://en.wikipedia.org/wiki/Hua_Hong_Semiconductor',
    'https://www.shine.cn/biz/tech/2308079245/',
    'https://digitimes.com/news/a20250217PD231/competition-hua-hong-semiconductor-revenue-fab-loss.html',
  ],
} satisfies Company;
