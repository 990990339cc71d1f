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
  gdp: {
    value: 1_800_000_000_000,
    unit: 'CNY',
    year: 2024,
    source: 'https://bigdata.sic.gov.cn/sic/81/455/0211/20250211134343489047882_pc.html',
    note: 'rounded ("1.8 trillion yuan"), up 5.1%; the State Information Center\'s review of the 2024 figures',
  },
  knownFor: ['port logistics', 'aerospace', 'petrochemicals', 'manufacturing'],
  zones: ['zone:binhai-new-area'],
  related: ['city:beijing', 'zone:xiongan'],
  sources: ['https://en.wikipedia.org/wiki/Tianjin', 'https://bigdata.sic.gov.cn/sic/81/455/0211/20250211134343489047882_pc.html'],
} satisfies City;
