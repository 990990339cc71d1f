import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:beijing-e-town',
  kind: 'zone',
  name: 'Beijing Economic-Technological Development Area',
  names: { zh: '北京经济技术开发区', zhHant: '北京經濟技術開發區', pinyin: 'Běijīng Jīngjì Jìshù Kāifāqū' },
  aliases: [
    'Beijing E-Town',
    { text: 'E-Town', needsContext: 'place-name' },
    'Yizhuang',
    'Beijing Economic and Technological Development Area',
    '亦庄',
    '北京亦庄',
  ],
  summary:
    'State-level development zone in south-east Beijing, also called Beijing E-Town or Yizhuang, and a centre of the city’s robotics industry; it hosted the first humanoid-robot half-marathon in 2025.',
  zoneType: 'park',
  city: 'city:beijing',
  established: {
    value: 1992,
    source: 'https://subsites.chinadaily.com.cn/beijing/etda/2021-04/02/c_606064.htm',
    note: 'construction began in April 1992; national-level zone from August 1994',
  },
  area: {
    value: 59.6,
    unit: 'km2',
    year: 2010,
    source: 'https://subsites.chinadaily.com.cn/beijing/etda/2021-04/02/c_606064.htm',
    note: 'area administered from January 2010; the E-Town new city planned in 2019 covers 225 km²',
  },
  focus: ['robotics', 'humanoid robots', 'next-generation IT', 'new energy vehicles', 'biotech'],
  related: ['zone:jing-jin-ji'],
  sources: [
    'https://subsites.chinadaily.com.cn/beijing/etda/2021-04/02/c_606064.htm',
    'https://africa.chinadaily.com.cn/a/202504/16/WS67ff047ca3104d9fd381f8ab.html',
    'https://en.people.cn/n3/2025/0618/c90000-20329536.html',
  ],
} satisfies Zone;
