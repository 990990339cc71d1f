import type { City } from '../../src/data/schema';

export default {
  id: 'city:nanjing',
  kind: 'city',
  name: 'Nanjing',
  names: { zh: '南京', pinyin: 'Nánjīng' },
  aliases: ['Nanking', 'Nanjing City'],
  summary:
    'Capital of Jiangsu and a former national capital on the lower Yangtze, with many universities and a software and electronics industry.',
  province: 'Jiangsu',
  knownFor: ['software', 'electronics', 'higher education', 'petrochemicals'],
  zones: ['zone:jiangbei-new-area'],
  related: ['zone:yangtze-river-delta', 'city:suzhou', 'city:shanghai'],
  sources: ['https://en.wikipedia.org/wiki/Nanjing'],
} satisfies City;
