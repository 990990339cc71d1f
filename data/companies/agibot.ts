import type { Company } from '../../src/data/schema';

export default {
  id: 'company:agibot',
  kind: 'company',
  name: 'AgiBot',
  names: { zh: '智元机器人', zhHant: '智元機器人', pinyin: 'Zhìyuán Jīqìrén' },
  aliases: ['Zhiyuan Robotics', 'Agibot', 'AGIBOT', 'Zhiyuan Robot', '智元'],
  summary:
    'Shanghai humanoid-robot start-up co-founded by former Huawei "Genius Youth" engineer Peng Zhihui; it began mass-producing general-purpose robots at the end of 2024.',
  founded: {
    value: 2023,
    source: 'https://washingtontimesnewstoday.com/?p=154239',
    note: 'February 2023',
  },
  headquarters: 'city:shanghai',
  founders: ['Peng Zhihui'],
  sectors: ['humanoid robots', 'embodied ai'],
  listings: [],
  related: ['city:shanghai', 'company:huawei', 'company:byd', 'company:unitree', 'company:ubtech'],
  sources: [
    'https://washingtontimesnewstoday.com/?p=154239',
    'https://cnrobopedia.com/from-huawei-prodigy-to-humanoid-creator-the-trajectory-of-peng-zhihui/',
    'https://information.bz/english/news/view/2024/09/04/35410.html',
  ],
} satisfies Company;
