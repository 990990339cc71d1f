import type { Company } from '../../src/data/schema';

export default {
  id: 'company:sf-express',
  kind: 'company',
  name: 'SF Express',
  names: { zh: '顺丰控股', zhHant: '順豐控股', pinyin: 'Shùnfēng Kònggǔ' },
  aliases: ['S.F. Holding', 'SF Holding', 'SF Holdings', 'Shunfeng Express', '顺丰速运', '順豐速運', '顺丰', '順豐'],
  summary:
    "China's premium express-delivery company, with its own cargo airline and a network reaching well beyond the mainland. Wang Wei started it as a courier between Guangdong and Hong Kong; it reached Shenzhen's stock market in 2017 through a reverse merger.",
  founded: {
    value: 1993,
    source: 'https://www.scmp.com/business/companies/article/2075831/six-men-and-van-400000-staff-and-fleet-35-aircraft-making-sf',
  },
  headquarters: 'city:shenzhen',
  founders: ['Wang Wei'],
  sectors: ['express delivery', 'logistics', 'air cargo'],
  listings: [],
  related: ['city:shenzhen', 'company:cainiao', 'company:jd-com'],
  sources: [
    'https://www.scmp.com/business/companies/article/2075831/six-men-and-van-400000-staff-and-fleet-35-aircraft-making-sf',
    'https://www.chinadaily.com.cn/hkedition/2017-03/10/content_28501694.htm',
    'https://news.cgtn.com/news/3d51544d32596a4d/share.html',
  ],
} satisfies Company;
