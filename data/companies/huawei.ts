import type { Company } from '../../src/data/schema';

export default {
  id: 'company:huawei',
  kind: 'company',
  name: 'Huawei',
  names: { zh: '华为', zhHant: '華為', pinyin: 'Huáwéi' },
  aliases: ['Huawei Technologies', 'Huawei Technologies Co', '华为技术', '華為技術'],
  summary:
    'Privately held Shenzhen maker of telecom network gear, smartphones and chips, founded by former army engineer Ren Zhengfei; it has been on a US trade blacklist since 2019.',
  founded: { value: 1987, source: 'https://www.huawei.com/en/annual-report/2022', note: 'in Shenzhen' },
  headquarters: 'city:shenzhen',
  founders: ['Ren Zhengfei'],
  sectors: ['telecom equipment', 'smartphones', 'semiconductors', 'cloud computing'],
  listings: [],
  revenue: {
    value: 862_100_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://arynews.tv/huawei-reports-rise-in-sales-revenue/',
    note: 'sales revenue for 2024, from its 2024 annual report as reported by ARY News (704.2 billion yuan in 2023)',
  },
  related: ['company:hisilicon', 'company:honor', 'company:zte', 'company:smic', 'city:shenzhen', 'city:dongguan'],
  sources: ['https://arynews.tv/huawei-reports-rise-in-sales-revenue/', 'https://www.huawei.com/en/annual-report/2022'],
} satisfies Company;
