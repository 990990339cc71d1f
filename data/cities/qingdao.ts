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
  population: {
    value: 10_371_500,
    unit: 'people',
    year: 2023,
    source: 'https://www.haols123.com/resources/58168.html',
    note: 'permanent residents, end of year',
  },
  knownFor: ['home appliances', 'consumer electronics', 'port logistics', 'brewing'],
  zones: [],
  related: ['company:haier', 'city:jinan'],
  sources: [
    'https://wikizero.net/wiki/en/Qingdao_City',
    'https://www.cnuk.com/en/china/regions/qingdao',
    'https://www.haols123.com/resources/58168.html',
  ],
} satisfies City;
