import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:little-giants',
  kind: 'policy',
  name: 'Little Giant Enterprises',
  names: { zh: '专精特新“小巨人”企业', zhHant: '專精特新「小巨人」企業', pinyin: 'zhuān jīng tè xīn "xiǎo jùrén" qǐyè' },
  aliases: [
    { text: 'little giants', needsContext: 'common-word' },
    { text: 'little giant', needsContext: 'common-word' },
    'little giant enterprises',
    'little giant firms',
    'little giant companies',
    'specialised and sophisticated SMEs',
    'specialized and sophisticated SMEs',
    'specialized, refined, distinctive and innovative',
    'specialised, refined, distinctive and innovative',
    '专精特新',
    '小巨人企业',
    { text: '小巨人', needsContext: 'common-word' },
  ],
  summary:
    'A Ministry of Industry and Information Technology title, awarded in batches, for small and medium firms that lead a narrow niche with their own technology. The ministry had named 8,997 by September 2022 against a goal of 10,000 by 2025, and later put the count above 17,600.',
  year: {
    value: 2018,
    source: 'https://www.orcasia.org/article/1206/big-strides-of-chinas-little-giants',
    note: 'introduced by the ministry in 2018',
  },
  issuer: 'Ministry of Industry and Information Technology',
  goals: [
    'Grow specialised, refined, distinctive and innovative SMEs in strategic industries such as semiconductors, software and AI.',
    'Reduce reliance on foreign suppliers in key components and materials.',
    'Name 10,000 national little giants by 2025.',
  ],
  related: ['policy:14th-five-year-plan', 'policy:made-in-china-2025'],
  sources: [
    'https://www.orcasia.org/article/1206/big-strides-of-chinas-little-giants',
    'https://www.scmp.com/tech/policy/article/3191908/china-has-named-nearly-9000-little-giants-push-preference-home-grown',
    'https://www.chinadailyhk.com/article/623538',
    'https://techwireasia.com/01/2022/little-giants-of-china-to-lead-new-wave-of-tech-war/',
  ],
  disputed: [
    {
      field: 'year',
      values: [
        { value: 2018, source: 'https://www.orcasia.org/article/1206/big-strides-of-chinas-little-giants' },
        { value: 2016, source: 'https://techwireasia.com/01/2022/little-giants-of-china-to-lead-new-wave-of-tech-war/' },
      ],
      note: 'Sources date the national programme to 2018 or to 2016; its first list of firms came later.',
    },
  ],
} satisfies Policy;
