import type { Company } from '../../src/data/schema';

export default {
  id: 'company:kuaishou',
  kind: 'company',
  name: 'Kuaishou',
  names: { zh: '快手', pinyin: 'Kuàishǒu' },
  aliases: ['Kuaishou Technology', { text: 'Kwai', exactCase: true }],
  summary:
    "Beijing short-video and live-streaming platform, Douyin's main domestic rival, known as Kwai abroad; it started as a GIF-making app and listed in Hong Kong in 2021.",
  founded: {
    value: 2011,
    source: 'https://en.wikipedia.org/wiki/Kuaishou',
    note: 'March 2011, as GIF Kuaishou',
  },
  headquarters: 'city:beijing',
  founders: ['Su Hua', 'Cheng Yixiao'],
  sectors: ['short video', 'live streaming', 'social commerce'],
  listings: [{ exchange: 'HKEX', ticker: '1024', since: 2021 }],
  revenue: {
    value: 9_100_000_000,
    unit: 'USD',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Kuaishou',
  },
  related: ['company:bytedance', 'company:tencent', 'city:beijing', 'zone:haidian'],
  sources: ['https://en.wikipedia.org/wiki/Kuaishou'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2011, source: 'https://en.wikipedia.org/wiki/Kuaishou' },
        { value: 2013, source: 'https://innovatorsunder35.com/the-list/hua-su' },
      ],
      note: 'The GIF app dates from 2011; 2013 is when Su Hua joined, merged teams and became chief executive.',
    },
  ],
} satisfies Company;
