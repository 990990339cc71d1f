import type { City } from '../../src/data/schema';

export default {
  id: 'city:qingdao',
  kind: 'city',
  name: 'Qingdao',
  names: { zh: '青岛', zhHant: '青島', pinyin: 'Qīngdǎo' },
  // Tsingtao is also the beer brand named after the city.
  aliases: [{ text: 'Tsingtao', needsContext: 'other-entity' }, 'Tsingtau', 'Qingdao City'],
  summary:
    'Shandong port city on the Yellow Sea, once a German concession, now home to home-appliance and electronics makers such as Haier.',
  province: 'Shandong',
  knownFor: ['home appliances', 'consumer electronics', 'port logistics', 'brewing'],
  zones: [],
  related: ['company:haier', 'city:jinan'],
  sources: ['https://en.wikipedia.org/wiki/Qingdao'],
} satisfies City;
