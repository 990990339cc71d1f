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
    source: 'https://wodeyuanxiao.com/Universityrankings/wibvjunhkf.html',
    note: 'made a national high-tech zone in 1991; named Optics Valley in 2001',
  },
  focus: ['optical fibre and cable', 'optoelectronics', 'lasers', 'biotech'],
  related: ['company:ymtc'],
  sources: ['https://wodeyuanxiao.com/Universityrankings/wibvjunhkf.html', 'https://lvshizhishi.com/xingshiwenda/5jd8jyhc0f.html'],
} satisfies Zone;
