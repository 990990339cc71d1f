import type { Company } from '../../src/data/schema';

export default {
  id: 'company:kingdee',
  kind: 'company',
  name: 'Kingdee',
  names: { zh: '金蝶国际', zhHant: '金蝶國際', pinyin: 'Jīndié Guójì' },
  aliases: ['Kingdee International Software', 'Kingdee International Software Group', 'Kingdee Cloud', '金蝶'],
  summary:
    "Shenzhen maker of financial and enterprise-management (ERP) software for Chinese businesses, long the southern rival of Beijing's UFSoft (Yonyou); it has moved most of its business to cloud subscriptions.",
  founded: { value: 1993, source: 'https://www.china.org.cn/english/NM-e/137752.htm' },
  headquarters: 'city:shenzhen',
  founders: ['Xu Shaochun'],
  sectors: ['enterprise software', 'ERP', 'cloud services'],
  listings: [],
  related: ['city:shenzhen'],
  sources: [
    'https://www.china.org.cn/english/NM-e/137752.htm',
    'https://www.jbs.cam.ac.uk/insight/2014/leaders-shaochun-xu-ceo-of-kingdee-international-software-group-company/',
  ],
} satisfies Company;
