import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:hengqin',
  kind: 'zone',
  name: 'Hengqin',
  names: { zh: '横琴', zhHant: '橫琴', pinyin: 'Héngqín' },
  aliases: [
    'Hengqin Island',
    'Hengqin New Area',
    'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    'Hengqin Guangdong-Macao In-Depth Cooperation Zone',
    'Hengqin Cooperation Zone',
    '横琴粤澳深度合作区',
  ],
  summary: 'Island in Zhuhai next to Macau, run since 2021 as a Guangdong–Macau cooperation zone to help Macau diversify beyond gaming.',
  zoneType: 'new-area',
  city: 'city:zhuhai',
  established: {
    value: 2009,
    source: 'https://m.ipim.gov.mo/en/welcome-to-hengqin-new-area/',
    note: 'development plan approved by the State Council in August 2009',
  },
  area: {
    value: 106.46,
    unit: 'km2',
    year: 2019,
    source: 'https://news.cgtn.com/news/3d3d414e316b7a4e33457a6333566d54/index.html',
  },
  focus: ['Macau economic diversification', 'tourism', 'finance', 'technology'],
  related: ['city:macau', 'zone:greater-bay-area'],
  sources: [
    'https://news.cgtn.com/news/3d3d414e316b7a4e33457a6333566d54/index.html',
    'https://m.ipim.gov.mo/en/welcome-to-hengqin-new-area/',
    'https://macaudailytimes.com.mo/guangdong-macau-liaison-office-master-plan-to-enrich-practice-of-one-country-two-systems.html',
  ],
} satisfies Zone;
