import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tencent',
  kind: 'company',
  name: 'Tencent',
  names: { zh: '腾讯', zhHant: '騰訊', pinyin: 'Téngxùn' },
  aliases: ['Tencent Holdings', '腾讯控股', '騰訊控股'],
  summary:
    'Shenzhen internet group behind the QQ and WeChat (Weixin) messaging platforms, one of the largest video-game businesses in the world, and a prolific investor in other Chinese tech firms.',
  founded: { value: 1998, source: 'https://en.wikipedia.org/wiki/Tencent', note: 'November 1998, Shenzhen' },
  headquarters: 'city:shenzhen',
  founders: ['Ma Huateng (Pony Ma)', 'Zhang Zhidong', 'Xu Chenye', 'Chen Yidan', 'Zeng Liqing'],
  sectors: ['social media', 'messaging', 'video games', 'fintech', 'cloud computing'],
  listings: [{ exchange: 'HKEX', ticker: '0700', since: 2004 }],
  related: ['company:jd-com', 'company:meituan', 'company:nio', 'company:didi', 'city:shenzhen', 'zone:nanshan'],
  sources: ['https://en.wikipedia.org/wiki/Tencent'],
} satisfies Company;
