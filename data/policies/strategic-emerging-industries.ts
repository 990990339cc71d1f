import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:strategic-emerging-industries',
  kind: 'policy',
  name: 'Strategic Emerging Industries',
  names: { zh: '战略性新兴产业', zhHant: '戰略性新興產業', pinyin: 'zhànlüèxìng xīnxīng chǎnyè' },
  aliases: [
    'strategic emerging industry',
    'strategic new industries',
    'strategic and emerging industries',
    { text: 'SEI', needsContext: 'abbreviation', exactCase: true },
    { text: 'SEIs', needsContext: 'abbreviation', exactCase: true },
  ],
  summary:
    'Seven industries picked for state support in 2010 and written into the 12th Five-Year Plan proposal: energy saving and environmental protection, next-generation IT, biotech, high-end equipment, new energy, new materials and new-energy vehicles. The State Council adopted a development plan for them in May 2012.',
  year: {
    value: 2010,
    source: 'https://global.chinadaily.com.cn/business/greenchina/2010-10-28/content_11470638.htm',
    note: 'named in the 12th Five-Year Plan proposal, October 2010',
  },
  issuer: 'State Council',
  goals: [
    'Make the seven industries leading and pillar industries.',
    'Back core-technology research and industrialisation.',
    'Raise their share of the economy through fiscal, tax and financial support.',
  ],
  related: ['policy:13th-five-year-plan', 'policy:new-quality-productive-forces'],
  sources: [
    'https://global.chinadaily.com.cn/business/greenchina/2010-10-28/content_11470638.htm',
    'https://covid-19.chinadaily.com.cn/usa/business/2012-05/31/content_15432557.htm',
  ],
} satisfies Policy;
