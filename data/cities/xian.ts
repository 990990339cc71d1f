import type { City } from '../../src/data/schema';

export default {
  id: 'city:xian',
  kind: 'city',
  name: "Xi'an",
  names: { zh: '西安', pinyin: "Xī'ān" },
  // Without its apostrophe, Xian is also a common given name ("physicist Xian Zhang").
  aliases: ['Xi’an', 'Xi‘an', { text: 'Xian', needsContext: 'person-name' }, 'Xi-an', { text: 'Sian', needsContext: 'person-name' }, "Xi'an City"],
  summary:
    'Capital of Shaanxi and ancient capital at the eastern end of the Silk Road; today a centre for aerospace, chips and universities in the north-west.',
  province: 'Shaanxi',
  population: {
    value: 13_078_200,
    unit: 'people',
    year: 2023,
    source: 'https://klbdjy.com/showinfo-3-4897.html',
    note: 'permanent residents, end of year',
  },
  gdp: {
    value: 1_201_076_000_000,
    unit: 'CNY',
    year: 2023,
    source: 'https://ttnews.tw/caijing/1706619260456217.html',
    note: 'Xi’an statistics bureau release, as reported by 21st Century Business Herald',
  },
  knownFor: ['aerospace', 'semiconductors', 'higher education', 'tourism'],
  zones: [],
  related: ['policy:belt-and-road'],
  sources: [
    'https://sourcing.hktdc.com/en/info/featured-suppliers/Xian/index.html',
    'https://klbdjy.com/showinfo-3-4897.html',
    'https://ttnews.tw/caijing/1706619260456217.html',
    'https://www.xaybh.cn/csgk',
  ],
} satisfies City;
