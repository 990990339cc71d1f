import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:nanshan',
  kind: 'zone',
  name: 'Nanshan District',
  names: { zh: '南山区', zhHant: '南山區', pinyin: 'Nánshān Qū' },
  // "Nanshan" alone also names mountains, a Beijing ski resort and districts in other cities.
  aliases: [{ text: 'Nanshan', needsContext: 'place-name' }, 'Nanshan District, Shenzhen'],
  summary:
    'District of south-west Shenzhen chosen as the base for the city’s high-tech industry; it holds the original Shenzhen high-tech park, Shekou and Qianhai.',
  zoneType: 'district',
  city: 'city:shenzhen',
  established: {
    value: 1990,
    source: 'https://www.szns.gov.cn/english/aboutnanshan/overview/201805/t20180521_11925377.htm',
    note: 'district founded in January 1990',
  },
  area: {
    value: 187.5,
    unit: 'km2',
    year: 2018,
    source: 'https://www.szns.gov.cn/english/aboutnanshan/overview/201805/t20180521_11925377.htm',
    note: 'land area',
  },
  focus: ['internet platforms', 'telecom equipment', 'electronics', 'finance'],
  related: ['zone:shenzhen-hi-tech-park', 'zone:qianhai', 'company:tencent', 'company:zte', 'company:dji'],
  sources: ['https://www.szns.gov.cn/english/aboutnanshan/overview/201805/t20180521_11925377.htm'],
} satisfies Zone;
