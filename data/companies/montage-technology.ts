import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Montage_Technology';

export default {
  id: 'company:montage-technology',
  kind: 'company',
  name: 'Montage Technology',
  names: { zh: '澜起科技', zhHant: '瀾起科技', pinyin: 'Lánqǐ Kējì' },
  aliases: [{ text: 'Montage', needsContext: 'common-word' }, 'Montage Technology Co.', '澜起科技股份有限公司'],
  summary:
    'Shanghai chip designer founded by two engineers back from Silicon Valley; its memory-interface chips sit on server DRAM modules worldwide. It listed on Nasdaq in 2013 before returning to list on the STAR Market.',
  founded: { value: 2004, source: WIKI, note: '27 May 2004, in Shanghai' },
  headquarters: 'city:shanghai',
  founders: ['Howard Yang', 'Stephen Tai'],
  sectors: ['semiconductors', 'memory interface chips', 'data-centre chips'],
  listings: [{ exchange: 'SSE STAR', ticker: '688008' }],
  employees: { value: 767, unit: 'employees', year: 2023, source: WIKI },
  revenue: { value: 2_290_000_000, unit: 'CNY', year: 2023, source: WIKI },
  related: ['company:gigadevice', 'company:cxmt', 'policy:star-market', 'city:shanghai'],
  sources: [WIKI],
} satisfies Company;
