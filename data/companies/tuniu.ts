import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tuniu',
  kind: 'company',
  name: 'Tuniu',
  names: { zh: '途牛', pinyin: 'Túniú' },
  aliases: ['Tuniu Corporation', 'Tuniu.com', '途牛旅游网'],
  summary:
    'Nanjing online travel agency specialising in packaged leisure tours rather than single flight or hotel bookings, started by Southeast University graduate Yu Dunde; it is listed in the US.',
  founded: {
    value: 2006,
    source: 'https://www.sec.gov/Archives/edgar/data/1597095/000114420418022518/R30.htm',
    note: 'operating company Nanjing Tuniu Technology established 18 December 2006',
  },
  headquarters: 'city:nanjing',
  founders: ['Yu Dunde'],
  sectors: ['online travel', 'packaged tours'],
  listings: [],
  related: ['city:nanjing', 'company:tongcheng-travel', 'company:qunar'],
  sources: [
    'https://www.sec.gov/Archives/edgar/data/1597095/000114420418022518/R30.htm',
    'https://www.seu.edu.cn/english/2018/1206/c237a253572/page.htm',
  ],
} satisfies Company;
