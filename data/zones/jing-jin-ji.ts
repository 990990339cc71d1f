import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:jing-jin-ji',
  kind: 'zone',
  name: 'Beijing–Tianjin–Hebei region',
  names: { zh: '京津冀', pinyin: 'Jīng-Jīn-Jì' },
  aliases: [
    'Jing-Jin-Ji',
    'Jingjinji',
    { text: 'JJJ', exactCase: true, needsContext: 'abbreviation' },
    'Beijing-Tianjin-Hebei',
    'Beijing-Tianjin-Hebei region',
    'Beijing–Tianjin–Hebei',
  ],
  summary:
    'Capital region of Beijing, Tianjin and Hebei whose coordinated development is a national strategy, centred on moving non-capital functions out of Beijing, partly to Xiong’an.',
  zoneType: 'region',
  cities: ['city:beijing', 'city:tianjin', 'city:baoding', 'city:shijiazhuang'],
  established: {
    value: 2015,
    source: 'https://archive.shine.cn/nation/Coordinated-growth-of-capital-and-region-a-showcase-for-the-nation/shdaily.shtml',
    note: 'guideline for coordinated development released in April 2015',
  },
  area: { value: 216_000, unit: 'km2', year: 2025, source: 'https://en.people.cn/n3/2026/0225/c90000-20427972.html' },
  focus: ['coordinated regional development', 'relocation of non-capital functions', 'transport integration'],
  related: ['zone:xiongan', 'zone:binhai-new-area', 'zone:yangtze-river-delta', 'zone:greater-bay-area'],
  sources: [
    'https://en.people.cn/n3/2026/0225/c90000-20427972.html',
    'https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/CoordinatedDevelopment',
    'https://archive.shine.cn/nation/Coordinated-growth-of-capital-and-region-a-showcase-for-the-nation/shdaily.shtml',
  ],
} satisfies Zone;
