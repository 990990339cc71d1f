import type { Company } from '../../src/data/schema';

export default {
  id: 'company:cainiao',
  kind: 'company',
  name: 'Cainiao',
  names: { zh: '菜鸟', zhHant: '菜鳥', pinyin: 'Càiniǎo' },
  aliases: [
    'Cainiao Network',
    'Cainiao Smart Logistics',
    'Cainiao Smart Logistics Network',
    'China Smart Logistics Network',
    'Cainiao Group',
    '菜鸟网络',
    '菜鳥網絡',
    { text: '菜鸟', needsContext: 'common-word' },
    { text: '菜鳥', needsContext: 'common-word' },
  ],
  summary:
    "Alibaba's logistics arm, set up with retail and delivery partners to coordinate warehouses, couriers and cross-border shipping; a planned Hong Kong listing was withdrawn in 2024.",
  founded: {
    value: 2013,
    source: 'https://thepaypers.com/payments/news/alibaba-delivery-arm-to-span-china-with-logistics-hubs',
    note: 'May 2013',
  },
  headquarters: 'city:hangzhou',
  founders: ['Alibaba Group', 'Intime Retail Group', 'Fosun International'],
  sectors: ['logistics', 'e-commerce', 'supply chain'],
  listings: [],
  parent: 'company:alibaba',
  related: ['company:alibaba', 'company:jd-com', 'city:hangzhou'],
  sources: [
    'https://thepaypers.com/payments/news/alibaba-delivery-arm-to-span-china-with-logistics-hubs',
    'https://www.scmp.com/tech/big-tech/article/3236024/alibabas-cainiao-one-founder-jack-mas-grand-projects-heat-chinas-logistics-industry-after-us1',
  ],
} satisfies Company;
