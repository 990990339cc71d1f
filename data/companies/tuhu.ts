import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tuhu',
  kind: 'company',
  name: 'Tuhu Car',
  names: { zh: '途虎养车', zhHant: '途虎養車', pinyin: 'Túhǔ Yǎngchē' },
  aliases: ['Tuhu', 'Tuhu Car Inc', 'Shanghai Lantu Information Technology', '途虎'],
  summary:
    'Shanghai online-to-offline car-maintenance platform: drivers book tyre changes, servicing and repairs in its app and have them done at its own and franchised workshops. Tencent is a major backer.',
  founded: {
    value: 2011,
    source: 'https://www.scmp.com/tech/big-tech/article/3162456/tencent-backed-car-services-platform-tuhu-move-planned-ipo-hong-kong',
  },
  headquarters: 'city:shanghai',
  founders: ['Chen Min'],
  sectors: ['auto services', 'e-commerce', 'franchising'],
  listings: [],
  revenue: {
    value: 8_800_000_000,
    unit: 'CNY',
    year: 2020,
    source: 'https://www.equalocean.com/news/2022012516961',
    note: 'fiscal year 2020, from its Hong Kong prospectus',
  },
  related: ['city:shanghai', 'company:tencent'],
  sources: [
    'https://www.scmp.com/tech/big-tech/article/3162456/tencent-backed-car-services-platform-tuhu-move-planned-ipo-hong-kong',
    'https://www.equalocean.com/news/2022012516961',
    'https://www.bloombergquint.com/business/tencent-backed-tuhu-said-to-move-planned-u-s-ipo-to-hong-kong',
  ],
} satisfies Company;
