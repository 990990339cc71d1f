import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:digital-silk-road',
  kind: 'policy',
  name: 'Digital Silk Road',
  names: { zh: '数字丝绸之路', zhHant: '數字絲綢之路', pinyin: 'Shùzì Sīchóu zhī Lù' },
  aliases: [{ text: 'DSR', needsContext: 'abbreviation', exactCase: true }, 'Digital Silk Road initiative', 'Digital Silk Road Initiative'],
  summary:
    'The digital arm of the Belt and Road Initiative, traced to a 2015 white paper from the NDRC and the foreign and commerce ministries: cross-border fibre and submarine cables, satellite links, data centres and Chinese tech firms and standards abroad.',
  year: {
    value: 2015,
    source: 'https://www.orfonline.org/expert-speak/43102-from-silk-threads-to-fiber-optics-the-rise-of-chinas-digital-silk-road/',
    note: 'traced to the 2015 Belt and Road white paper',
  },
  issuer: 'NDRC, Ministry of Foreign Affairs and Ministry of Commerce',
  goals: [
    'Build cross-border optical cables and satellite information links.',
    'Help Chinese internet and telecom firms expand along the Belt and Road.',
    'Improve international communications connectivity.',
  ],
  related: ['policy:belt-and-road'],
  sources: ['https://www.orfonline.org/expert-speak/43102-from-silk-threads-to-fiber-optics-the-rise-of-chinas-digital-silk-road/'],
} satisfies Policy;
