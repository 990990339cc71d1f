import type { Company } from '../../src/data/schema';

export default {
  id: 'company:yto-express',
  kind: 'company',
  name: 'YTO Express',
  names: { zh: '圆通速递', zhHant: '圓通速遞', pinyin: 'Yuántōng Sùdì' },
  aliases: ['YTO Express Group', 'Shanghai YTO Express', 'Yuantong Express', '圆通'],
  summary:
    "Shanghai parcel courier that grew from a small firm into one of China's largest express carriers on the back of e-commerce deliveries; Alibaba is a major shareholder, while the founding couple Yu Huijiao and Zhang Xiaojuan keep control.",
  founded: {
    value: 2000,
    source: 'https://europe.chinadaily.com.cn/business/2015-11/30/content_22528755.htm',
  },
  headquarters: 'city:shanghai',
  founders: ['Yu Huijiao', 'Zhang Xiaojuan'],
  sectors: ['express delivery', 'logistics', 'air cargo'],
  listings: [],
  revenue: {
    value: 24_600_000_000,
    unit: 'CNY',
    year: 2014,
    source: 'https://ecns.cn/business/2015/11-30/190562_2.shtml',
    note: 'fiscal year 2014, as reported by China Daily via ECNS',
  },
  related: ['city:shanghai', 'company:alibaba', 'company:cainiao', 'company:zto-express', 'company:sf-express'],
  sources: [
    'https://europe.chinadaily.com.cn/business/2015-11/30/content_22528755.htm',
    'https://ecns.cn/business/2015/11-30/190562_2.shtml',
    'https://www.scmp.com/tech/e-commerce/article/3099850/alibaba-strengthens-logistics-network-investing-us966-million-yto',
  ],
} satisfies Company;
