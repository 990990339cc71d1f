import type { Company } from '../../src/data/schema';

export default {
  id: 'company:bytedance',
  kind: 'company',
  name: 'ByteDance',
  names: { zh: '字节跳动', zhHant: '字節跳動', pinyin: 'Zìjié Tiàodòng' },
  aliases: ['Bytedance', 'Byte Dance', 'ByteDance Ltd'],
  summary:
    'Privately held Beijing internet company behind Douyin, TikTok and the Toutiao news app, built around recommendation algorithms; the holding company is registered in the Cayman Islands.',
  founded: { value: 2012, source: 'https://en.wikipedia.org/wiki/ByteDance', note: 'March 2012, Beijing' },
  headquarters: 'city:beijing',
  founders: ['Zhang Yiming', 'Liang Rubo'],
  sectors: ['social media', 'short video', 'online advertising', 'artificial intelligence'],
  listings: [],
  employees: { value: 150_000, unit: 'employees', year: 2023, source: 'https://en.wikipedia.org/wiki/ByteDance', note: 'approximate' },
  revenue: {
    value: 85_000_000_000,
    unit: 'USD',
    year: 2022,
    source: 'https://nzherald.co.nz/business/bytedance-posts-record-profit-despite-tiktok-losses/QWDYVWI4FFC7RJI555MDL2TOAA',
    note: '“almost $85bn”, per investors briefed, as reported by the Financial Times',
  },
  related: ['company:kuaishou', 'city:beijing', 'zone:haidian', 'zone:zhongguancun'],
  sources: [
    'https://en.wikipedia.org/wiki/ByteDance',
    'https://en.wikipedia.org/wiki/ByteDance',
  ],
  disputed: [
    {
      field: 'revenue',
      values: [
        { value: 85_000_000_000, source: 'https://nzherald.co.nz/business/bytedance-posts-record-profit-despite-tiktok-losses/QWDYVWI4FFC7RJI555MDL2TOAA' },
        { value: 85_200_000_000, source: 'https://en.wikipedia.org/wiki/ByteDance' },
      ],
      note: 'ByteDance does not publish accounts; both are reports of the 2022 figure it gave investors.',
    },
  ],
} satisfies Company;
