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
    source: 'https://jablog.org/%E8%8F%AF%E9%B4%BB/Hua_Hong',
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
    value: 16_790_000_000,
    unit: 'CNY',
    year: 2022,
    source: 'https://qntz.me/post/62a0272e427b208a69cd18a7573839bc.html',
  },
  related: ['city:shanghai', 'company:smic', 'zone:zhangjiang', 'city:wuxi', 'policy:star-market'],
  sources: [
    'https://jablog.org/%E8%8F%AF%E9%B4%BB/Hua_Hong',
    'https://law.asia/huahong-semiconductors-sci-tech-listing/',
    'https://qntz.me/post/62a0272e427b208a69cd18a7573839bc.html',
    'https://www.shine.cn/biz/tech/2308079245/',
  ],
} satisfies Company;
