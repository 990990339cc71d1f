import type { Company } from '../../src/data/schema';

export default {
  id: 'company:webank',
  kind: 'company',
  name: 'WeBank',
  names: { zh: '微众银行', zhHant: '微眾銀行', pinyin: 'Wēizhòng Yínháng' },
  aliases: ['WeBank Co', 'Shenzhen Qianhai WeBank', '前海微众银行'],
  summary:
    "China's first private, online-only bank, set up in Shenzhen's Qianhai zone with Tencent as its largest shareholder; it lends small sums to consumers and small firms through WeChat and other apps, without branches.",
  founded: { value: 2014, source: 'https://www.newsgd.com/node_20a01bf620/a94b44f968.shtml' },
  headquarters: 'city:shenzhen',
  founders: [],
  sectors: ['digital banking', 'consumer lending', 'fintech'],
  listings: [],
  related: ['company:tencent', 'city:shenzhen', 'zone:qianhai', 'company:ant-group'],
  sources: [
    'https://www.newsgd.com/node_20a01bf620/a94b44f968.shtml',
    'https://www.scmp.com/news/china-insider/article/1670474/tencent-ready-launch-chinas-first-private-internet-bank-webank',
    'https://www.finextra.com/newsarticle/26849/tencent-launches-chinas-first-online-only-bank',
  ],
} satisfies Company;
