import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:special-economic-zones',
  kind: 'policy',
  name: 'Special Economic Zones',
  names: { zh: '经济特区', zhHant: '經濟特區', pinyin: 'jīngjì tèqū' },
  aliases: [
    // Poland, India and others run special economic zones too.
    { text: 'Special Economic Zone', needsContext: 'other-entity' },
    { text: 'Special Economic Zones', needsContext: 'other-entity' },
    { text: 'SEZ', needsContext: 'abbreviation', exactCase: true },
    { text: 'SEZs', needsContext: 'abbreviation', exactCase: true },
  ],
  summary:
    'Areas given market-oriented rules, tax breaks and freedom to court foreign investment: Shenzhen, Zhuhai and Shantou in Guangdong and Xiamen in Fujian were designated in August 1980, Hainan in April 1988, and Kashgar and Khorgas in Xinjiang in May 2010. They were the testing ground of reform and opening-up.',
  year: {
    value: 1980,
    source: 'https://www.chinadaily.com.cn/cndy/2019-08/26/content_37505461.htm',
    note: 'NPC approval on 26 August 1980',
  },
  issuer: 'NPC Standing Committee',
  designations: [
    {
      place: 'city:shenzhen',
      value: 1980,
      source: 'https://www.china.org.cn/english/china_key_words/2018-10/29/content_68864068.htm',
      note: 'August 1980; the first',
    },
    {
      place: 'city:zhuhai',
      value: 1980,
      source: 'https://www.china.org.cn/english/china_key_words/2018-10/29/content_68864068.htm',
      note: 'August 1980',
    },
    {
      place: 'city:xiamen',
      value: 1980,
      source: 'https://www.china.org.cn/english/china_key_words/2018-10/29/content_68864068.htm',
      note: 'August 1980',
    },
  ],
  goals: [
    'Attract foreign capital, technology and management methods.',
    'Trial market reforms before rolling them out nationwide.',
    'Build export-oriented economies on the south-east coast.',
  ],
  related: ['city:shenzhen', 'city:zhuhai', 'city:xiamen', 'policy:reform-and-opening-up', 'policy:hainan-free-trade-port'],
  sources: [
    'https://www.china.org.cn/english/china_key_words/2018-10/29/content_68864068.htm',
    'https://www.chinadaily.com.cn/cndy/2019-08/26/content_37505461.htm',
    'https://www.china.org.cn/english/china_key_words/2020-09/30/content_76767474.htm',
  ],
} satisfies Policy;
