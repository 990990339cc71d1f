import type { Company } from '../../src/data/schema';

export default {
  id: 'company:bytedance',
  kind: 'company',
  name: 'ByteDance',
  names: { zh: '字节跳动', zhHant: '字節跳動', pinyin: 'Zìjié Tiàodòng' },
  aliases: ['Bytedance', 'Byte Dance', 'ByteDance Ltd'],
  summary:
    'Privately held Beijing internet company behind Douyin, TikTok and the Toutiao news app, built around recommendation algorithms; the holding company is registered in the Cayman Islands. Since January 2026 TikTok’s US app has been run by a joint venture in which ByteDance keeps 19.9%.',
  founded: { value: 2012, source: 'https://en.wikipedia.org/wiki/ByteDance', note: 'March 2012, Beijing' },
  headquarters: 'city:beijing',
  founders: ['Zhang Yiming', 'Liang Rubo'],
  sectors: ['social media', 'short video', 'online advertising', 'artificial intelligence'],
  listings: [],
  employees: { value: 150_000, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/ByteDance', note: 'approximate' },
  revenue: {
    value: 85_200_000_000,
    unit: 'USD',
    year: 2022,
    source: 'https://en.wikipedia.org/wiki/ByteDance',
    note: 'ByteDance publishes no accounts; a figure reported from what it told investors',
  },
  related: ['company:kuaishou', 'city:beijing', 'zone:haidian', 'zone:zhongguancun'],
  sources: [
    'https://en.wikipedia.org/wiki/ByteDance',
    'https://www.rnz.co.nz/news/world/584839/tiktok-seals-deal-for-new-us-joint-venture-to-avoid-american-ban',
  ],
} satisfies Company;
