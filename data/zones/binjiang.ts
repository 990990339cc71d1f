import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:binjiang',
  kind: 'zone',
  name: 'Binjiang District',
  names: { zh: '滨江区', zhHant: '濱江區', pinyin: 'Bīnjiāng Qū' },
  // Several Chinese cities have a Binjiang ("riverside") district or road.
  aliases: [{ text: 'Binjiang', needsContext: 'place-name' }],
  summary:
    'District on the south bank of the Qiantang River in Hangzhou, run jointly with the Hangzhou national high-tech zone; home to Dahua, Geely and Unitree Robotics.',
  zoneType: 'district',
  city: 'city:hangzhou',
  area: { value: 72.2, unit: 'km2', year: 2020, source: 'https://en.wikipedia.org/wiki/Binjiang_District' },
  focus: ['digital economy', 'security cameras', 'robotics', 'automotive'],
  related: ['company:dahua', 'company:geely', 'company:unitree'],
  sources: ['https://en.wikipedia.org/wiki/Binjiang_District', 'https://www.hhtz.gov.cn/art/2024/1/10/art_1487272_59061483.html'],
  disputed: [
    {
      field: 'area',
      values: [
        { value: '72.2 km²', source: 'https://en.wikipedia.org/wiki/Binjiang_District' },
        { value: 'about 92 km²', source: 'https://www.hhtz.gov.cn/art/2024/1/10/art_1487272_59061483.html' },
      ],
      note: 'The larger figure covers the district together with the high-tech zone’s land north of the river.',
    },
  ],
} satisfies Zone;
