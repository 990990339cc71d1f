import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:digital-china',
  kind: 'policy',
  name: 'Digital China',
  names: { zh: '数字中国', zhHant: '數字中國', pinyin: 'Shùzì Zhōngguó' },
  aliases: [
    // Digital China Holdings is a listed IT company.
    { text: 'Digital China', needsContext: 'other-entity' },
    'Digital China strategy',
    'Digital China initiative',
    'Digital China plan',
    '数字中国建设整体布局规划',
  ],
  summary:
    'The national strategy for digitising the economy, government and society; its overall layout plan of February 2023 sets goals for digital infrastructure, data resources and digital security to 2025 and 2035.',
  year: {
    value: 2023,
    source: 'https://digichina.stanford.edu/work/translation-plan-for-the-overall-layout-of-building-a-digital-china/',
    note: 'overall layout plan issued February 2023',
  },
  issuer: 'CPC Central Committee and State Council',
  period: { from: 2023, to: 2035 },
  goals: [
    'Build digital infrastructure and a national data resource system.',
    'Merge the digital and real economies.',
    'Strengthen digital technology innovation and security.',
    'Reach the world forefront of digital development by 2035.',
  ],
  related: ['policy:15th-five-year-plan', 'policy:east-data-west-computing'],
  sources: ['https://digichina.stanford.edu/work/translation-plan-for-the-overall-layout-of-building-a-digital-china/'],
} satisfies Policy;
