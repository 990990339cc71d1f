import type { Company } from '../../src/data/schema';

export default {
  id: 'company:honor',
  kind: 'company',
  name: 'Honor',
  names: { zh: '荣耀', zhHant: '榮耀', pinyin: 'Róngyào' },
  aliases: [
    { text: 'Honor', needsContext: 'common-word' },
    { text: 'Honour', needsContext: 'common-word' },
    'Honor Device',
    'Honor Device Co.',
  ],
  summary:
    'Smartphone brand launched inside Huawei for younger buyers and sold in 2020, under US sanctions pressure, to a Shenzhen consortium of dealers and state-backed investors.',
  founded: {
    value: 2013,
    source: 'https://en.wikipedia.org/wiki/Honor_(brand)',
    note: 'as a Huawei sub-brand',
  },
  headquarters: 'city:shenzhen',
  // Launched inside Huawei; Wikipedia credits Huawei's founder.
  founders: ['Ren Zhengfei'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  status: {
    state: 'spun-off',
    year: 2020,
    note: 'Huawei sold the whole Honor business to Shenzhen Zhixin New Information Technology and kept no shares.',
    source: 'https://www.scmp.com/tech/gear/article/3110117/huawei-sells-honor-ensure-budget-smartphone-brands-survival-amid-us',
  },
  employees: {
    value: 12000,
    unit: 'employees',
    year: 2022,
    source: 'https://equalocean.com/analysis/2022050717499',
  },
  related: ['company:huawei', 'company:xiaomi', 'company:oppo', 'city:shenzhen'],
  sources: [
    'https://www.scmp.com/tech/gear/article/3110117/huawei-sells-honor-ensure-budget-smartphone-brands-survival-amid-us',
    'https://equalocean.com/analysis/2022050717499',
    'https://en.wikipedia.org/wiki/Honor_(brand)',
  ],
} satisfies Company;
