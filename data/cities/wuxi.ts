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
  population: { value: 7_495_000, unit: 'people', year: 2024, source: 'https://en.wikipedia.org/wiki/Wuxi' },
  knownFor: ['semiconductors', 'solar power', 'internet of things', 'textiles'],
  zones: [],
  related: ['city:suzhou', 'city:shanghai', 'zone:yangtze-river-delta'],
  sources: ['https://en.wikipedia.org/wiki/Wuxi'],
} satisfies City;
