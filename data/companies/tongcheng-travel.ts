import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tongcheng-travel',
  kind: 'company',
  name: 'Tongcheng Travel',
  names: { zh: '同程旅行', pinyin: 'Tóngchéng Lǚxíng' },
  aliases: ['Tongcheng Travel Holdings', 'Tongcheng-Elong', 'Tongcheng-eLong Holdings', 'Tongcheng Network', '同程艺龙', '同程'],
  summary:
    'Online travel agency formed by merging Tongcheng Network with eLong, selling train, air and bus tickets and hotel rooms largely through WeChat; Tencent and Trip.com are its biggest shareholders, and it listed in Hong Kong in 2018.',
  founded: {
    value: 2017,
    source: 'https://www.ecns.cn/business/2018/01-02/286641.shtml',
    note: 'as Tongcheng-Elong, from a merger announced on 29 December 2017',
  },
  // PhocusWire (2014): 'the Suzhou-based company', founded in 2004 as Tongcheng Network.
  headquarters: 'city:suzhou',
  founders: ['Wu Zhixiang', 'Ma Heping'],
  sectors: ['online travel', 'ticketing', 'hotel booking'],
  listings: [{ exchange: 'HKEX', ticker: '0780', since: 2018 }],
  related: ['company:trip-com', 'company:tencent', 'city:suzhou'],
  sources: [
    'https://www.ecns.cn/business/2018/01-02/286641.shtml',
    'https://www.nbdpress.com/articles/2018-11-26/5704.html',
    'https://www.phocuswire.com/Online-giants-eLong-and-Tongcheng-form-exclusive-partnership',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2017, source: 'https://www.ecns.cn/business/2018/01-02/286641.shtml' },
        { value: 2004, source: 'https://www.phocuswire.com/Online-giants-eLong-and-Tongcheng-form-exclusive-partnership' },
      ],
      note: 'The listed group was formed by the 2017 merger with eLong; Tongcheng Network itself dates from 2004.',
    },
  ],
} satisfies Company;
