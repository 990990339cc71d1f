import type { City } from '../../src/data/schema';

export default {
  id: 'city:xian',
  kind: 'city',
  name: "Xi'an",
  names: { zh: '西安', pinyin: "Xī'ān" },
  // Without its apostrophe, Xian is also a common given name ("physicist Xian Zhang").
  aliases: [
    'Xi’an',
    'Xi‘an',
    { text: 'Xian', needsContext: 'person-name' },
    'Xi-an',
    { text: 'Sian', needsContext: 'person-name' },
    "Xi'an City",
  ],
  summary:
    'Capital of Shaanxi and ancient capital at the eastern end of the Silk Road; today a centre for aerospace, chips and universities in the north-west.',
  province: 'Shaanxi',
  knownFor: ['aerospace', 'semiconductors', 'higher education', 'tourism'],
  zones: ['zone:xian-high-tech-zone'],
  related: ['policy:belt-and-road'],
  sources: ['https://sourcing.hktdc.com/en/info/featured-suppliers/Xian/index.html'],
} satisfies City;
