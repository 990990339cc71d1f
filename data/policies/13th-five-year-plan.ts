import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:13th-five-year-plan',
  kind: 'policy',
  name: '13th Five-Year Plan',
  names: { zh: '十三五规划', zhHant: '十三五規劃', pinyin: 'Shísānwǔ Guīhuà' },
  aliases: ['13th Five Year Plan', 'Thirteenth Five-Year Plan', '13th FYP', '十三五', '第十三个五年规划'],
  summary:
    'The national development plan for 2016-2020, published in March 2016. It introduced five development concepts (innovative, coordinated, green, open and shared) and aimed to finish building a "moderately prosperous society" by 2020.',
  year: {
    value: 2016,
    source: 'https://www.china.org.cn/english/china_key_words/2019-04/16/content_74687353.html',
    note: 'outline published March 2016',
  },
  issuer: "National People's Congress",
  period: { from: 2016, to: 2020 },
  goals: [
    'Double 2010 GDP and per-capita income by 2020, which needed average growth of at least 6.5% a year.',
    'Make innovation the main growth driver and raise the weight of advanced manufacturing, modern services and strategic emerging industries.',
    'Improve the environment and living standards.',
  ],
  related: ['policy:five-year-plans', 'policy:made-in-china-2025', 'policy:internet-plus', 'policy:strategic-emerging-industries'],
  sources: [
    'https://www.china.org.cn/english/china_key_words/2019-04/16/content_74687353.html',
    'https://ecns.cn/2016/03-18/203381_4.shtml',
  ],
} satisfies Policy;
