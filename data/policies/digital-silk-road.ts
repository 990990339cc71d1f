import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:digital-silk-road',
  kind: 'policy',
  name: 'Digital Silk Road',
  names: { zh: '数字丝绸之路', zhHant: '數字絲綢之路', pinyin: 'Shùzì Sīchóu zhī Lù' },
  aliases: [{ text: 'DSR', needsContext: 'abbreviation', exactCase: true }, 'Digital Silk Road initiative', 'Digital Silk Road Initiative'],
  summary: 'The digital arm of the Belt and Road Initiative: cross-border fibre and submarine cables, satellite links, data centres and Chinese tech firms and standards abroad.',
  year: { value: 2015, source: 'https://weforum.org/agenda/2018/08/china-is-building-a-new-silk-road-and-this-one-s-digital', note: 'traced to the 2015 Belt and Road white paper' },
  issuer: 'NDRC, Ministry of Foreign Affairs and Ministry of Commerce',
  goals: [
    'Build cross-border optical cables and satellite information links.',
    'Help Chinese internet and telecom firms expand along the Belt and Road.',
    'Improve international communications connectivity.',
  ],
  related: ['policy:belt-and-road'],
  sources: ['https://weforum.org/agenda/2018/08/china-is-building-a-new-silk-road-and-this-one-s-digital', 'https://www.orfonline.org/expert-speak/43102-from-silk-threads-to-fiber-optics-the-rise-of-chinas-digital-silk-road/'],
  disputed: [
    {
      field: 'year',
      values: [
        { value: 2015, source: 'https://weforum.org/agenda/2018/08/china-is-building-a-new-silk-road-and-this-one-s-digital' },
        { value: 2017, source: 'https://debateus.org/does-the-belt-road-initiative-include-the-5g-digital-infrastructure/' },
      ],
      note: 'The 2015 white paper sketched an "information Silk Road"; Xi named the "digital Silk Road" at the May 2017 Belt and Road Forum.',
    },
  ],
} satisfies Policy;
