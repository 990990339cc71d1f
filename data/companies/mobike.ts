import type { Company } from '../../src/data/schema';

export default {
  id: 'company:mobike',
  kind: 'company',
  name: 'Mobike',
  names: { zh: '摩拜单车', zhHant: '摩拜單車', pinyin: 'Móbài Dānchē' },
  aliases: ['Beijing Mobike Technology', 'Meituan Bike', '摩拜'],
  summary:
    'Dockless bike-sharing pioneer whose orange-and-silver app-unlocked bicycles spread across Chinese cities and overseas; Meituan bought it in 2018, rebranded it Meituan Bike and closed the separate app in 2020.',
  founded: { value: 2015, source: 'https://en.wikipedia.org/wiki/Mobike', note: '27 January 2015, in Beijing' },
  headquarters: 'city:beijing',
  founders: ['Hu Weiwei', 'Davis Wang'],
  sectors: ['bike sharing', 'urban mobility'],
  listings: [],
  parent: 'company:meituan',
  status: {
    state: 'acquired',
    year: 2018,
    acquirer: 'company:meituan',
    source: 'https://en.wikipedia.org/wiki/Mobike',
  },
  related: ['company:meituan', 'company:tencent', 'city:beijing', 'city:shanghai', 'company:hello-inc'],
  sources: [
    'https://en.wikipedia.org/wiki/Mobike',
    'https://pandaily.com/bike-sharing-app-mobike-ends-operations-as-meituan-takes-full-control/',
    'https://technode.com/2019/01/23/mobike-meituan-integration-rename/',
  ],
} satisfies Company;
