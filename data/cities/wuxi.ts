import type { City } from '../../src/data/schema';

export default {
  id: 'city:wuxi',
  kind: 'city',
  name: 'Wuxi',
  names: { zh: '无锡', zhHant: '無錫', pinyin: 'Wúxī' },
  aliases: ['Wusih', 'Wuxi City'],
  summary:
    'Jiangsu city on Lake Tai between Suzhou and Changzhou, an early industrial town now known for chip plants, solar panels and IoT.',
  province: 'Jiangsu',
  population: { value: 7_495_000, unit: 'people', year: 2024, source: 'https://owiki.org/wiki/Wu_Xi' },
  knownFor: ['semiconductors', 'solar power', 'internet of things', 'textiles'],
  zones: [],
  related: ['city:suzhou', 'city:shanghai', 'zone:yangtze-river-delta'],
  sources: ['https://owiki.org/wiki/Wu_Xi', 'https://www.werelate.org/wiki/Place:Wuxi%2C_Jiangsu%2C_People%27s_Republic_of_China'],
} satisfies City;
