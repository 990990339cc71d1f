import type { Company } from '../../src/data/schema';

export default {
  id: 'company:huawei',
  kind: 'company',
  name: 'Huawei',
  names: { zh: '华为', zhHant: '華為', pinyin: 'Huáwéi' },
  aliases: ['Huawei Technologies', 'Huawei Technologies Co', '华为技术', '華為技術'],
  summary:
    'Privately held Shenzhen maker of telecom network gear, smartphones and chips, founded by former army engineer Ren Zhengfei; it has been on a US trade blacklist since 2019.',
  founded: { value: 1987, source: 'https://simple.wikipedia.org/wiki/Huawei', note: '15 September 1987' },
  headquarters: 'city:shenzhen',
  founders: ['Ren Zhengfei'],
  sectors: ['telecom equipment', 'smartphones', 'semiconductors', 'cloud computing'],
  listings: [],
  employees: { value: 207_000, unit: 'employees', year: 2023, source: 'https://simple.wikipedia.org/wiki/Huawei' },
  revenue: {
    value: 642_338_000_000,
    unit: 'CNY',
    year: 2022,
    source: 'https://www.huawei.com/en/annual-report/2022',
    note: 'from the company’s 2022 annual report',
  },
  related: ['company:hisilicon', 'company:honor', 'company:zte', 'company:smic', 'city:shenzhen', 'city:dongguan'],
  sources: ['https://simple.wikipedia.org/wiki/Huawei', 'https://www.coinspeaker.com/organizations/huawei/', 'https://www.huawei.com/en/annual-report/2022'],
} satisfies Company;
