import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:xiongan',
  kind: 'zone',
  name: "Xiong'an New Area",
  names: { zh: '雄安新区', zhHant: '雄安新區', pinyin: "Xióng'ān Xīnqū" },
  aliases: ['Xiongan New Area', 'Xiong’an New Area', 'Xiongan', "Xiong'an", 'Xiong’an', '雄安'],
  summary:
    'State-level new area being built in Hebei, about 100 km south-west of Beijing, to take over the capital’s non-core functions such as some state-firm offices and research.',
  zoneType: 'new-area',
  city: 'city:baoding',
  established: { value: 2017, source: 'https://en.wikipedia.org/wiki/Xiong%27an' },
  area: {
    value: 100,
    unit: 'km2',
    year: 2017,
    source: 'https://en.wikipedia.org/wiki/Xiong%27an',
    note: 'initial start-up area; about 2,000 km² planned in the long term',
  },
  focus: ['relocated capital functions', 'state-owned enterprise offices', 'research and development'],
  related: ['city:beijing', 'city:tianjin'],
  sources: ['https://en.wikipedia.org/wiki/Xiong%27an'],
} satisfies Zone;
