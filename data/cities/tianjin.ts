import type { City } from '../../src/data/schema';

export default {
  id: 'city:tianjin',
  kind: 'city',
  name: 'Tianjin',
  names: { zh: '天津', pinyin: 'Tiānjīn' },
  aliases: ['Tientsin', 'Tianjin Municipality'],
  summary: 'Port municipality south-east of Beijing on the Bohai Sea, with aircraft assembly, chemicals and a large container port.',
  province: 'municipality',
  population: {
    value: 13_866_009,
    unit: 'people',
    year: 2020,
    source: 'https://en.wikipedia.org/wiki/Tianjin',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['port logistics', 'aerospace', 'petrochemicals', 'manufacturing'],
  zones: ['zone:binhai-new-area'],
  related: ['city:beijing', 'zone:xiongan'],
  sources: ['https://en.wikipedia.org/wiki/Tianjin'],
} satisfies City;
