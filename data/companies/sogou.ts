import type { Company } from '../../src/data/schema';

export default {
  id: 'company:sogou',
  kind: 'company',
  name: 'Sogou',
  names: { zh: '搜狗', pinyin: 'Sōugǒu' },
  aliases: ['Sogou Inc', 'Sogou Pinyin', '搜狗输入法'],
  summary:
    "Beijing search-engine and Chinese input-method company that began as Sohu's search division under Wang Xiaochuan; its Sogou Pinyin keyboard became the dominant way to type Chinese, and Tencent took it over and delisted it in 2021.",
  founded: {
    value: 2004,
    source: 'https://en.wikipedia.org/wiki/Sogou',
    note: 'search engine launched 3 August 2004 as a division of Sohu',
  },
  headquarters: 'city:beijing',
  founders: ['Wang Xiaochuan'],
  sectors: ['search', 'input software', 'internet'],
  listings: [],
  parent: 'company:tencent',
  status: { state: 'acquired', year: 2021, acquirer: 'company:tencent', source: 'https://en.wikipedia.org/wiki/Sogou' },
  revenue: {
    value: 924_664_000,
    unit: 'USD',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Sogou',
    note: 'fiscal year 2020, the last full year before it was taken private',
  },
  related: ['company:sohu', 'company:tencent', 'company:baidu', 'city:beijing'],
  sources: [
    'https://en.wikipedia.org/wiki/Sogou',
    'https://english.ckgsb.edu.cn/content/6-things-you-didnt-know-about-chinas-3rd-largest-search-engine',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2004, source: 'https://en.wikipedia.org/wiki/Sogou' },
        { value: 2010, source: 'https://english.ckgsb.edu.cn/content/6-things-you-didnt-know-about-chinas-3rd-largest-search-engine' },
      ],
      note: 'The search engine launched inside Sohu in 2004; Sogou became a separate company in 2010.',
    },
  ],
} satisfies Company;
