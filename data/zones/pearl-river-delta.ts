import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:pearl-river-delta',
  kind: 'zone',
  name: 'Pearl River Delta',
  names: { zh: '珠江三角洲', pinyin: 'Zhūjiāng Sānjiǎozhōu' },
  aliases: [
    'Pearl River Delta region',
    'Pearl River Delta Economic Zone',
    'Zhujiang Delta',
    { text: 'PRD', exactCase: true, needsContext: 'abbreviation' },
    '珠三角',
  ],
  summary:
    'Low-lying delta of the Pearl River in Guangdong whose cities became China’s export-manufacturing heartland after reform began in 1979.',
  zoneType: 'region',
  cities: ['city:guangzhou', 'city:shenzhen', 'city:dongguan', 'city:foshan', 'city:zhuhai'],
  focus: ['export manufacturing', 'electronics', 'shipping and logistics', 'trade'],
  related: ['zone:greater-bay-area', 'city:hong-kong', 'city:macau', 'policy:special-economic-zones'],
  sources: ['https://en.wikipedia.org/wiki/Pearl_River_Delta_Economic_Zone'],
} satisfies Zone;
