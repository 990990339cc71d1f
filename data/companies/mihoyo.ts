import type { Company } from '../../src/data/schema';

export default {
  id: 'company:mihoyo',
  kind: 'company',
  name: 'miHoYo',
  names: { zh: '米哈游', zhHant: '米哈遊', pinyin: 'Mǐhāyóu' },
  aliases: ['miHoYo Co', 'HoYoverse', 'Shanghai miHoYo Network Technology'],
  summary:
    'Shanghai game studio started by three Shanghai Jiao Tong University students, maker of Genshin Impact, Honkai Impact 3rd and Honkai: Star Rail; it publishes abroad under the HoYoverse brand.',
  founded: { value: 2012, source: 'https://en.wikipedia.org/wiki/MiHoYo', note: '13 February 2012' },
  headquarters: 'city:shanghai',
  founders: ['Cai Haoyu', 'Liu Wei', 'Luo Yuhao'],
  sectors: ['video games', 'mobile games', 'animation'],
  listings: [],
  employees: { value: 5_000, unit: 'employees', year: 2022, source: 'https://en.wikipedia.org/wiki/MiHoYo' },
  related: ['city:shanghai', 'company:tencent', 'company:netease'],
  sources: ['https://en.wikipedia.org/wiki/MiHoYo'],
} satisfies Company;
