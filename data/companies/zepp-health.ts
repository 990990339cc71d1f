import type { Company } from '../../src/data/schema';

export default {
  id: 'company:zepp-health',
  kind: 'company',
  name: 'Zepp Health',
  names: { zh: '华米科技', zhHant: '華米科技', pinyin: 'Huámǐ Kējì' },
  aliases: ['Huami', 'Anhui Huami', 'Zepp Health Corporation', 'Amazfit', 'Zepp', '华米'],
  summary:
    "Hefei wearables maker, formerly Huami, that built Xiaomi's Mi Band fitness trackers with Xiaomi's backing and sells its own Amazfit smartwatches; it is listed in New York.",
  founded: {
    value: 2014,
    source: 'https://covid-19.chinadaily.com.cn/business/tech/2016-09/12/content_26766868.htm',
    note: 'January 2014, as Anhui Huami Information Technology',
  },
  headquarters: 'city:hefei',
  founders: ['Huang Wang'],
  sectors: ['wearables', 'smartwatches', 'health tracking'],
  listings: [],
  revenue: {
    value: 1_000_000_000,
    unit: 'CNY',
    year: 2015,
    source: 'https://covid-19.chinadaily.com.cn/business/tech/2016-09/12/content_26766868.htm',
    note: 'fiscal year 2015, as reported by China Daily',
  },
  related: ['city:hefei', 'company:xiaomi'],
  sources: [
    'https://covid-19.chinadaily.com.cn/business/tech/2016-09/12/content_26766868.htm',
    'https://www.digitimes.com/news/a20161221PD208.html',
  ],
} satisfies Company;
