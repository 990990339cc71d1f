import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ant-group',
  kind: 'company',
  name: 'Ant Group',
  names: { zh: '蚂蚁集团', zhHant: '螞蟻集團', pinyin: 'Mǎyǐ Jítuán' },
  aliases: [
    'Ant Financial',
    'Ant Financial Services',
    'Ant Financial Services Group',
    { text: 'Ant', needsContext: 'common-word', exactCase: true },
    '蚂蚁金服',
    '螞蟻金服',
  ],
  summary:
    'Fintech affiliate of Alibaba that runs the Alipay payment platform along with lending, wealth-management and insurance services. Regulators halted what would have been a record IPO in late 2020.',
  founded: {
    value: 2014,
    source: 'https://en.wikipedia.org/wiki/Ant_Group',
    note: 'as Ant Financial Services Group; renamed Ant Group in 2020',
  },
  headquarters: 'city:hangzhou',
  founders: ['Jack Ma'],
  sectors: ['digital payments', 'fintech', 'wealth management', 'credit'],
  listings: [],
  revenue: {
    value: 120_600_000_000,
    unit: 'CNY',
    year: 2019,
    source: 'https://www.ft.com/content/b5f6fed2-2dcf-48dc-9097-a49bff5532dc',
    note: 'from its 2020 IPO prospectus, as reported by the Financial Times',
  },
  related: ['company:alibaba', 'company:tencent', 'city:hangzhou', 'policy:star-market'],
  sources: ['https://en.wikipedia.org/wiki/Ant_Group', 'https://www.ft.com/content/b5f6fed2-2dcf-48dc-9097-a49bff5532dc'],
} satisfies Company;
