import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tal-education',
  kind: 'company',
  name: 'TAL Education Group',
  names: { zh: '好未来', zhHant: '好未來', pinyin: 'Hǎo Wèilái' },
  aliases: ['TAL Education', 'Xueersi', '学而思', '學而思', { text: 'TAL', needsContext: 'abbreviation', exactCase: true }],
  summary:
    'Beijing education company that began as the Xueersi tutoring business started by Peking University students; it became the first Chinese primary and secondary tutoring firm listed in the US and now presents itself as a technology company focused on learning.',
  founded: {
    value: 2003,
    source: 'https://www.100tal.com/en-us/news/detail/1780',
    note: 'as Xueersi; renamed TAL Education Group in 2013',
  },
  headquarters: 'city:beijing',
  founders: ['Zhang Bangxin'],
  sectors: ['education', 'tutoring', 'education technology'],
  listings: [{ exchange: 'NYSE', ticker: 'TAL', since: 2010 }],
  related: ['city:beijing', 'company:new-oriental'],
  sources: ['https://www.100tal.com/en-us/news/detail/1780'],
} satisfies Company;
