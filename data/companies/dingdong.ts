import type { Company } from '../../src/data/schema';

export default {
  id: 'company:dingdong',
  kind: 'company',
  name: 'Dingdong Maicai',
  names: { zh: '叮咚买菜', zhHant: '叮咚買菜', pinyin: 'Dīngdōng Mǎicài' },
  aliases: ['Dingdong', 'Dingdong (Cayman)', 'Dingdong Fresh', '叮咚'],
  summary:
    'Shanghai online grocery service that delivers fresh food within about half an hour from small neighbourhood warehouses, started by serial entrepreneur Liang Changlin; demand surged during Covid lockdowns and it later went public in New York.',
  founded: {
    value: 2017,
    source: 'https://www.pymnts.com/news/international/2021/chinese-grocery-app-dingdong-maicai-considering-us-ipo/',
  },
  headquarters: 'city:shanghai',
  founders: ['Liang Changlin'],
  sectors: ['online grocery', 'e-commerce', 'food delivery'],
  listings: [],
  related: ['city:shanghai', 'company:meituan', 'company:alibaba'],
  sources: [
    'https://www.pymnts.com/news/international/2021/chinese-grocery-app-dingdong-maicai-considering-us-ipo/',
    'https://sec.gov/Archives/edgar/data/1854545/000095017023009098/R8.htm',
  ],
} satisfies Company;
