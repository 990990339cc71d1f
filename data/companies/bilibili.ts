import type { Company } from '../../src/data/schema';

export default {
  id: 'company:bilibili',
  kind: 'company',
  name: 'Bilibili',
  names: { zh: '哔哩哔哩', zhHant: '嗶哩嗶哩', pinyin: 'Bìlī Bìlī' },
  aliases: ['Bilibili Inc', 'B站', 'B Site', '哔哩哔哩弹幕网'],
  summary:
    'Shanghai video community popular with young Chinese, known for scrolling "bullet" comments over videos; it grew out of anime, comics and games fandom and earns money from games, ads and memberships.',
  founded: { value: 2009, source: 'https://en.wikipedia.org/wiki/Bilibili', note: 'June 2009' },
  headquarters: 'city:shanghai',
  founders: ['Xu Yi'],
  sectors: ['online video', 'mobile games', 'live streaming'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'BILI' },
    { exchange: 'HKEX', ticker: '9626' },
  ],
  revenue: {
    value: 22_500_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://equalocean.com/analysis/2024030820595',
    note: 'fiscal year 2023 (up 3%), as reported by EqualOcean',
  },
  related: ['city:shanghai', 'company:tencent', 'company:alibaba', 'company:kuaishou'],
  sources: ['https://en.wikipedia.org/wiki/Bilibili', 'https://equalocean.com/analysis/2024030820595'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2009, source: 'https://en.wikipedia.org/wiki/Bilibili' },
        { value: 2010, source: 'https://en.wikipedia.org/wiki/Bilibili' },
      ],
      note: 'Xu Yi started the site in June 2009; it relaunched under the Bilibili name on 14 January 2010.',
    },
  ],
} satisfies Company;
