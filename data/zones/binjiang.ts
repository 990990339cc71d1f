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
  established: { value: 1996, source: 'https://chinawiki.net/thread/54/869.html', note: 'as an administrative district' },
  area: { value: 72.2, unit: 'km2', year: 2020, source: 'https://wikiwand.com/en/Binjiang_District' },
  focus: ['digital economy', 'security cameras', 'robotics', 'automotive'],
  related: ['company:dahua', 'company:geely', 'company:unitree'],
  sources: [
    'https://wikiwand.com/en/Binjiang_District',
    'https://chinawiki.net/thread/54/869.html',
    'https://en.linkfang.org/wiki/Binjiang_District',
    'https://asianetnews.net/news/hangzhous-binjiang-district-continues-asian-games-glory-with-smart-charming-style/',
  ],
  disputed: [
    {
      field: 'established',
      values: [
        { value: 1996, source: 'https://chinawiki.net/thread/54/869.html' },
        { value: 1990, source: 'https://www.hhtz.gov.cn/art/2024/1/10/art_1487272_59061483.html' },
      ],
      note: 'The district dates from 1996; the high-tech zone it has shared a government with since 2002 dates from 1990.',
    },
    {
      field: 'area',
      values: [
        { value: '72.2 km²', source: 'https://wikiwand.com/en/Binjiang_District' },
        { value: 'about 92 km²', source: 'https://www.hhtz.gov.cn/art/2024/1/10/art_1487272_59061483.html' },
      ],
      note: 'The larger figure covers the district together with the high-tech zone’s land north of the river.',
    },
  ],
} satisfies Zone;
