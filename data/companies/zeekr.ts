import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zeekr',
  kind: 'company',
  name: 'Zeekr',
  names: { zh: '极氪', zhHant: '極氪', pinyin: 'Jíkè' },
  aliases: ['Zeekr Intelligent Technology', 'Zeekr Group', 'Ji Ke'],
  summary:
    "Geely's premium electric-car company, launched in 2021 on the group's SEA platform; it listed in New York in May 2024 and was taken private by Geely in December 2025.",
  founded: {
    value: 2021,
    source: 'https://www.greencarcongress.com/2021/03/20210325-zeekr.html',
    note: 'formation announced by Geely Auto in March 2021',
  },
  headquarters: 'city:ningbo',
  founders: ['Geely'],
  sectors: ['electric vehicles'],
  listings: [],
  parent: 'company:geely',
  status: {
    state: 'delisted',
    year: 2025,
    note: 'NYSE-listed as ZK from May 2024 until Geely completed its buy-out in December 2025',
    source: 'https://thebambooworks.com/zeekr-drives-off-wall-street-heralding-chilly-year-ahead-for-u-s-chinese-listings',
  },
  related: ['company:geely', 'city:ningbo', 'city:hangzhou'],
  sources: [
    'https://www.greencarcongress.com/2021/03/20210325-zeekr.html',
    'https://autonews.gasgoo.com/china_news/70018354.html',
    'https://thebambooworks.com/zeekr-drives-off-wall-street-heralding-chilly-year-ahead-for-u-s-chinese-listings',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Ningbo', source: 'https://autonews.gasgoo.com/china_news/70018354.html' },
        {
          value: 'Hefei',
          source: 'https://www.scmp.com/business/china-business/article/3126196/geely-take-tesla-premium-brand-zeekr-demand-electric-cars',
        },
      ],
      note: 'A March 2021 report, citing sources, placed the new EV entity in Hefei; in June 2021 Geely named Ningbo as the global headquarters.',
    },
  ],
} satisfies Company;
