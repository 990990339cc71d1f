import type { Company } from '../../src/data/schema';

export default {
  id: 'company:meizu',
  kind: 'company',
  name: 'Meizu',
  names: { zh: '魅族', pinyin: 'Mèizú' },
  aliases: ['Meizu Technology', 'Xingji Meizu', '星纪魅族', '魅族科技'],
  summary:
    "Zhuhai phone maker that began with MP3 players and was one of China's earliest smartphone brands, with a devoted fan following for its Flyme software; a company set up by Geely founder Eric Li bought control of it in 2022 to link phones with cars.",
  founded: { value: 2003, source: 'https://pandata.pandaily.com/company/meizu' },
  headquarters: 'city:zhuhai',
  founders: ['Jack Wong'],
  sectors: ['smartphones', 'consumer electronics', 'in-car software'],
  listings: [],
  status: {
    state: 'acquired',
    year: 2022,
    acquirer: 'Hubei Xingji Shidai Technology (founded by Geely chairman Eric Li)',
    source: 'https://www.mobileworldlive.com/featured-content/top-three/geely-founder-takes-the-wheel-at-device-maker-meizu',
  },
  related: ['city:zhuhai', 'company:geely', 'company:xiaomi'],
  sources: [
    'https://pandata.pandaily.com/company/meizu',
    'https://www.mobileworldlive.com/featured-content/top-three/geely-founder-takes-the-wheel-at-device-maker-meizu',
  ],
} satisfies Company;
