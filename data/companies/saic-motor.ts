import type { Company } from '../../src/data/schema';

export default {
  id: 'company:saic-motor',
  kind: 'company',
  name: 'SAIC Motor',
  names: { zh: '上汽集团', zhHant: '上汽集團', pinyin: 'Shàngqì Jítuán' },
  aliases: [
    { text: 'SAIC', exactCase: true, needsContext: 'other-entity' },
    'SAIC Motor Corp',
    'SAIC Motor Corporation',
    'Shanghai Automotive Industry Corporation',
    'Shanghai Automotive',
    '上海汽车集团',
    '上汽',
  ],
  summary:
    "Shanghai state-owned carmaker, the largest of China's 'Big Four', with joint ventures with Volkswagen and General Motors and its own brands including MG, Roewe and IM.",
  founded: {
    value: 1955,
    source: 'https://en.wikipedia.org/wiki/SAIC_Motor',
    note: 'origins in a 1955 Shanghai engine-parts company',
  },
  headquarters: 'city:shanghai',
  founders: [],
  sectors: ['automobiles', 'electric vehicles'],
  listings: [{ exchange: 'SSE', ticker: '600104' }],
  related: ['city:shanghai', 'company:momenta', 'company:changan'],
  sources: ['https://en.wikipedia.org/wiki/SAIC_Motor'],
} satisfies Company;
