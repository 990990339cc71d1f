import type { Company } from '../../src/data/schema';

export default {
  id: 'company:qihoo-360',
  kind: 'company',
  name: 'Qihoo 360',
  names: { zh: '奇虎360', pinyin: 'Qíhǔ Sānliùlíng' },
  aliases: ['Qihoo', 'Qihoo 360 Technology', '360 Security Technology', '三六零', '奇虎'],
  summary:
    "Beijing internet-security company behind China's most widely used free antivirus software, the 360 Secure Browser and the so.com search engine, which it funds through advertising and games.",
  founded: { value: 2005, source: 'https://en.wikipedia.org/wiki/Qihoo_360', note: 'June 2005' },
  headquarters: 'city:beijing',
  founders: ['Zhou Hongyi', 'Qi Xiangdong'],
  sectors: ['cybersecurity', 'web browser', 'search', 'online advertising'],
  listings: [],
  revenue: {
    value: 1_390_000_000,
    unit: 'USD',
    year: 2014,
    source: 'https://en.wikipedia.org/wiki/Qihoo_360',
    note: 'fiscal year 2014, while listed in New York',
  },
  related: ['city:beijing', 'company:tencent', 'company:baidu'],
  sources: ['https://en.wikipedia.org/wiki/Qihoo_360'],
} satisfies Company;
