import type { Company } from '../../src/data/schema';

export default {
  id: 'company:sohu',
  kind: 'company',
  name: 'Sohu',
  names: { zh: '搜狐', pinyin: 'Sōuhú' },
  aliases: ['Sohu.com', 'Sohu.com Limited', 'Sohu.com Inc', 'Sohu Inc', 'Internet Technologies China'],
  summary:
    'Early Chinese web portal started by MIT physicist Charles Zhang with venture money; owner of the Changyou games business and formerly of the Sogou search engine.',
  founded: {
    value: 1996,
    source: 'https://en.wikipedia.org/wiki/Charles_Zhang',
    note: 'as Internet Technologies China (ITC), renamed Sohu in 1997-98',
  },
  headquarters: 'city:beijing',
  founders: ['Charles Zhang'],
  sectors: ['internet portal', 'online media', 'online games'],
  listings: [{ exchange: 'NASDAQ', ticker: 'SOHU', since: 2000 }],
  related: ['company:sina', 'company:netease', 'company:tencent', 'zone:haidian'],
  sources: [
    'https://en.wikipedia.org/wiki/Charles_Zhang',
    'https://en.wikipedia.org/wiki/Sohu',
    'https://www.scmp.com/tech/article/2157714/sohu-chinese-internet-pioneer-tumbles-out-billion-dollar-stock-market-club',
  ],
} satisfies Company;
