import type { Company } from '../../src/data/schema';

export default {
  id: 'company:momenta',
  kind: 'company',
  name: 'Momenta',
  names: { zh: '魔门塔', zhHant: '魔門塔', pinyin: 'Mómén Tǎ' },
  aliases: [{ text: 'Momenta', needsContext: 'common-word', exactCase: true }, 'Momenta Global'],
  summary:
    "Driver-assistance and self-driving software maker founded by former SenseTime research director Cao Xudong, China's first autonomous-driving unicorn; backed by SAIC, Toyota, GM, Mercedes-Benz and Bosch.",
  founded: {
    value: 2016,
    source: 'https://en.jiemian.com/article/9029497.html',
  },
  headquarters: 'city:suzhou',
  founders: ['Cao Xudong'],
  sectors: ['autonomous driving', 'driver assistance'],
  listings: [],
  related: ['company:sensetime', 'company:saic-motor', 'company:tencent', 'city:suzhou', 'city:beijing'],
  sources: ['https://techcrunch.com/2019/06/13/momenta-profile/', 'https://en.jiemian.com/article/9029497.html'],
  disputed: [
    {
      field: 'headquarters',
      values: [{ value: 'Beijing', source: 'https://en.jiemian.com/article/9029497.html' }],
      note: 'Jiemian called it Beijing-based in 2022; later reports describe it as based in Suzhou.',
    },
  ],
} satisfies Company;
