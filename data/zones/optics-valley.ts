import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:optics-valley',
  kind: 'zone',
  name: 'Optics Valley of China',
  names: { zh: '中国光谷', zhHant: '中國光谷', pinyin: 'Zhōngguó Guānggǔ' },
  aliases: [
    'Optics Valley',
    'China Optics Valley',
    'Wuhan East Lake High-tech Zone',
    'East Lake High-tech Zone',
    'East Lake Hi-tech Zone',
    'Wuhan East Lake High-tech Development Zone',
    'East Lake High-tech Development Zone',
    'Donghu High-tech Zone',
    '光谷',
    '武汉东湖新技术开发区',
    '东湖高新区',
  ],
  summary:
    'Wuhan’s East Lake high-tech zone, branded “Optics Valley of China”, the country’s largest base for optical fibre, cable and lasers.',
  zoneType: 'park',
  city: 'city:wuhan',
  established: {
    value: 1988,
    source: 'https://en.wikipedia.org/wiki/Donghu_New_Technology_Development_Zone',
    note: 'made a national high-tech zone in 1991',
  },
  focus: ['optical fibre and cable', 'optoelectronics', 'lasers', 'biotech'],
  related: ['company:ymtc'],
  sources: [
    'https://en.wikipedia.org/wiki/Donghu_New_Technology_Development_Zone',
    'https://covid-19.chinadaily.com.cn/m/hubei/gov/2010-06/21/content_14584078.htm',
  ],
} satisfies Zone;
