import type { Company } from '../../src/data/schema';

export default {
  id: 'company:megvii',
  kind: 'company',
  name: 'Megvii',
  names: { zh: '旷视', zhHant: '曠視', pinyin: 'Kuàngshì' },
  aliases: ['Megvii Technology', '旷视科技', '曠視科技'],
  summary:
    "Beijing computer-vision company behind the Face++ face-recognition platform, one of China's 'AI dragons'; on the US Entity List since 2019 and still unlisted after Hong Kong and STAR Market attempts.",
  founded: { value: 2011, source: 'https://en.wikipedia.org/wiki/Megvii', note: 'by three Tsinghua graduates' },
  headquarters: 'city:beijing',
  founders: ['Yin Qi', 'Tang Wenbin', 'Yang Mu'],
  sectors: ['computer vision', 'artificial intelligence', 'surveillance'],
  listings: [],
  employees: { value: 2349, unit: 'employees', year: 2019, source: 'https://en.wikipedia.org/wiki/Megvii' },
  related: ['company:sensetime', 'company:alibaba', 'company:ant-group', 'company:hikvision', 'city:beijing'],
  sources: ['https://en.wikipedia.org/wiki/Megvii'],
} satisfies Company;
