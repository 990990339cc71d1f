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
  summary: 'Areas given market-oriented rules, tax breaks and freedom to court foreign investment, starting with Shenzhen, Zhuhai and Shantou in 1980 and Xiamen soon after; the testing ground of reform and opening-up.',
  year: { value: 1980, source: 'https://www.chinadaily.com.cn/cndy/2019-08/26/content_37505461.htm', note: 'NPC approval on 26 August 1980' },
  issuer: "National People's Congress",
  goals: [
    'Attract foreign capital, technology and management methods.',
    'Trial market reforms before rolling them out nationwide.',
    'Build export-oriented economies on the south-east coast.',
  ],
  related: ['city:shenzhen', 'city:zhuhai', 'city:xiamen'],
  sources: ['https://www.chinadaily.com.cn/cndy/2019-08/26/content_37505461.htm', 'https://www.china.org.cn/english/china_key_words/2018-10/29/content_68864068.htm'],
} satisfies Policy;
