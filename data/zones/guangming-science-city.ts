import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:guangming-science-city',
  kind: 'zone',
  name: 'Guangming Science City',
  names: { zh: '光明科学城', zhHant: '光明科學城', pinyin: 'Guāngmíng Kēxué Chéng' },
  aliases: ['Shenzhen Guangming Science City'],
  summary:
    'Cluster of large research facilities in Shenzhen’s Guangming district, with national infrastructures for synthetic biology and brain science and a national biomanufacturing innovation centre.',
  zoneType: 'park',
  city: 'city:shenzhen',
  focus: ['synthetic biology', 'brain science', 'biomanufacturing', 'materials science'],
  related: ['zone:greater-bay-area'],
  sources: [
    'https://www.szgm.gov.cn/english/news/latestnews/content/post_12540158.html',
    'https://en.people.cn/n3/2024/0604/c90000-20177695.html',
    'https://en.people.cn/n3/2023/0429/c90000-20013100.html',
  ],
} satisfies Zone;
