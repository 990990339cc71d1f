import type { Company } from '../../src/data/schema';

export default {
  id: 'company:stone-group',
  kind: 'company',
  name: 'Stone Group',
  names: { zh: '四通集团', zhHant: '四通集團', pinyin: 'Sìtōng Jítuán' },
  aliases: [
    'Stone Group Corporation',
    { text: 'Stone', needsContext: 'common-word', exactCase: true },
    { text: '四通', needsContext: 'common-word' },
  ],
  summary:
    "Early Zhongguancun electronics firm, once nicknamed China's IBM, known for Chinese-English word processors; its backing of the 1989 protests sent founder Wan Runnan into exile.",
  founded: {
    value: 1984,
    source: 'https://www.newscientist.com/article/mg12316711-700-wary-authorities-blow-down-the-house-of-stone/',
    note: 'Beijing',
  },
  headquarters: 'city:beijing',
  founders: ['Wan Runnan'],
  sectors: ['computer hardware', 'word processors', 'electronics distribution'],
  listings: [],
  employees: {
    value: 2_300,
    unit: 'employees',
    year: 1992,
    source: 'https://www.latimes.com/archives/la-xpm-1992-05-19-wr-324-story.html',
  },
  revenue: {
    value: 434_000_000,
    unit: 'USD',
    year: 1991,
    source: 'https://www.latimes.com/archives/la-xpm-1992-05-19-wr-324-story.html',
  },
  related: ['city:beijing', 'zone:zhongguancun', 'zone:haidian', 'company:sina'],
  sources: [
    'https://www.newscientist.com/article/mg12316711-700-wary-authorities-blow-down-the-house-of-stone/',
    'https://www.latimes.com/archives/la-xpm-1992-05-19-wr-324-story.html',
    'https://www.csmonitor.com/1989/0918/ostone.html',
  ],
} satisfies Company;
