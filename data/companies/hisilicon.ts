import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hisilicon',
  kind: 'company',
  name: 'HiSilicon',
  names: { zh: '海思', pinyin: 'Hǎisī' },
  aliases: ['HiSilicon Technologies', 'HiSilicon Semiconductor', 'Huawei HiSilicon', '海思半导体', '海思半導體'],
  summary:
    "Huawei's wholly owned chip-design arm, maker of the Kirin phone processors; US export rules from 2020 cut it off from leading foreign foundries.",
  founded: {
    value: 2004,
    source: 'https://www.scmp.com/tech/big-tech/article/3085551/us-strikes-huawei-prize-chip-design-company-hisilicon',
    note: "formed from Huawei's IC design centre",
  },
  headquarters: 'city:shenzhen',
  founders: ['Huawei'],
  sectors: ['chip design', 'smartphone processors'],
  listings: [],
  parent: 'company:huawei',
  employees: {
    value: 7000,
    unit: 'employees',
    year: 2020,
    source: 'https://www.scmp.com/tech/big-tech/article/3085551/us-strikes-huawei-prize-chip-design-company-hisilicon',
    note: 'approximate',
  },
  related: ['company:huawei', 'city:shenzhen', 'company:smic'],
  sources: ['https://www.scmp.com/tech/big-tech/article/3085551/us-strikes-huawei-prize-chip-design-company-hisilicon'],
} satisfies Company;
