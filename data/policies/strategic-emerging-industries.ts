import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:strategic-emerging-industries',
  kind: 'policy',
  name: 'Strategic Emerging Industries',
  names: { zh: '战略性新兴产业', zhHant: '戰略性新興產業', pinyin: 'zhànlüèxìng xīnxīng chǎnyè' },
  aliases: ['strategic emerging industry', 'strategic new industries', 'strategic and emerging industries', { text: 'SEI', needsContext: 'abbreviation', exactCase: true }, { text: 'SEIs', needsContext: 'abbreviation', exactCase: true }],
  summary: 'Seven industries picked by the State Council in 2010 for state support: energy saving and environment, next-generation IT, biotech, high-end equipment, new energy, new materials and new-energy vehicles.',
  year: { value: 2010, source: 'https://soolun.net/periodical/4f92eae17a7dbafa1b40abd66c3cd3b8.html', note: 'State Council decision approved 8 September 2010' },
  issuer: 'State Council',
  goals: [
    'Make the seven industries leading and pillar industries.',
    'Back core-technology research and industrialisation.',
    'Raise their share of GDP (15% target in the 13th Five-Year Plan).',
  ],
  related: ['policy:13th-five-year-plan', 'policy:new-quality-productive-forces'],
  sources: ['https://soolun.net/periodical/4f92eae17a7dbafa1b40abd66c3cd3b8.html', 'https://global.chinadaily.com.cn/business/greenchina/2010-10/28/content_11470638.htm'],
} satisfies Policy;
