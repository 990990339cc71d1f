import type { Company } from '../../src/data/schema';

export default {
  id: 'company:moore-threads',
  kind: 'company',
  name: 'Moore Threads',
  names: { zh: '摩尔线程', zhHant: '摩爾線程', pinyin: "Mó'ěr Xiànchéng" },
  aliases: ['Moore Threads Technology', 'Moore Threads Intelligent Technology', '摩尔线程智能科技'],
  summary:
    "Beijing GPU designer started by Nvidia's former China chief, building graphics cards and AI accelerators on its own MUSA architecture; its December 2025 Shanghai STAR Market debut was one of the year's biggest.",
  founded: {
    value: 2020,
    source:
      'https://www.caixinglobal.com/2025-09-27/chinese-chipmaker-moore-threads-gets-fast-track-approval-to-11-billion-ipo-102366762.html',
    note: 'October 2020',
  },
  headquarters: 'city:beijing',
  founders: ['Zhang Jianzhong', 'Zhang Yubo', 'Wang Dong'],
  sectors: ['gpu design', 'ai chips'],
  listings: [{ exchange: 'SSE STAR', ticker: '688795', since: 2025 }],
  revenue: {
    value: 432_000_000,
    unit: 'CNY',
    year: 2024,
    source:
      'https://www.caixinglobal.com/2025-09-27/chinese-chipmaker-moore-threads-gets-fast-track-approval-to-11-billion-ipo-102366762.html',
  },
  related: ['city:beijing', 'company:cambricon', 'company:hygon', 'policy:star-market'],
  sources: [
    'https://www.caixinglobal.com/2025-09-27/chinese-chipmaker-moore-threads-gets-fast-track-approval-to-11-billion-ipo-102366762.html',
    'https://www.scmp.com/business/banking-finance/article/3335269/moore-threads-stock-surge-fivefold-shanghai-debut-investors-rush-ai-chipmaker',
  ],
} satisfies Company;
