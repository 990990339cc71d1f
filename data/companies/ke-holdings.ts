import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ke-holdings',
  kind: 'company',
  name: 'KE Holdings',
  names: { zh: '贝壳找房', zhHant: '貝殼找房', pinyin: 'Bèiké Zhǎofáng' },
  aliases: ['Beike', 'Beike Zhaofang', 'KE Holdings Inc', 'Lianjia', '贝壳', '链家', '鏈家'],
  summary:
    'Beijing housing-transactions platform built on Lianjia, the property brokerage chain Zuo Hui started with a single shop; its Beike app connects agents from many brokerages for home sales, rentals and renovation. Zuo died in 2021, months after its New York listing.',
  founded: {
    value: 2018,
    source: 'https://www.caixinglobal.com/2021-05-20/founder-of-property-services-giant-ke-holdings-dies-101715691.html',
    note: 'Beike platform launched April 2018; the Lianjia brokerage it grew from is about two decades older',
  },
  headquarters: 'city:beijing',
  founders: ['Zuo Hui'],
  sectors: ['real estate services', 'online property platform', 'home renovation'],
  listings: [{ exchange: 'NYSE', ticker: 'BEKE' }],
  related: ['city:beijing'],
  sources: [
    'https://www.caixinglobal.com/2021-05-20/founder-of-property-services-giant-ke-holdings-dies-101715691.html',
    'https://pandaily.com/ep-73-ke-holdings-chinas-second-largest-platform/',
  ],
} satisfies Company;
