import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:haidian',
  kind: 'zone',
  name: 'Haidian District',
  names: { zh: '海淀区', zhHant: '海淀區', pinyin: 'Hǎidiàn Qū' },
  aliases: ['Haidian', '海淀'],
  summary:
    'Urban district in north-west Beijing that holds Peking and Tsinghua universities, many research institutes and the core of the Zhongguancun park.',
  zoneType: 'district',
  city: 'city:beijing',
  area: { value: 431, unit: 'km2', year: 2020, source: 'https://en.wikipedia.org/wiki/Haidian_District' },
  focus: ['universities', 'research institutes', 'internet and software'],
  related: ['zone:zhongguancun', 'company:baidu'],
  sources: ['https://en.wikipedia.org/wiki/Haidian_District'],
} satisfies Zone;
