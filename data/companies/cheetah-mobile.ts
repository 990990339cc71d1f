import type { Company } from '../../src/data/schema';

export default {
  id: 'company:cheetah-mobile',
  kind: 'company',
  name: 'Cheetah Mobile',
  names: { zh: '猎豹移动', zhHant: '獵豹移動', pinyin: 'Lièbào Yídòng' },
  aliases: ['Cheetah Mobile Inc', 'Kingsoft Internet Security', '金山网络'],
  summary:
    "Beijing app developer formed from Kingsoft's antivirus business and Fu Sheng's start-up Conew; it grew abroad with the Android cleaner Clean Master and later moved into service robots and AI.",
  founded: {
    value: 2010,
    source: 'https://technode.com/2014/04/03/kingsoft-subsidiary-cheetah-mobile-files-ipo-nyse-raise-300-million/',
    note: 'Kingsoft merged its security business with Conew in 2010',
  },
  headquarters: 'city:beijing',
  founders: ['Fu Sheng'],
  sectors: ['mobile apps', 'utility software', 'service robots'],
  listings: [{ exchange: 'NYSE', ticker: 'CMCM', since: 2014 }],
  related: ['company:kingsoft', 'company:tencent', 'company:qihoo-360', 'city:beijing'],
  sources: [
    'https://technode.com/2014/04/03/kingsoft-subsidiary-cheetah-mobile-files-ipo-nyse-raise-300-million/',
    'https://en.wikipedia.org/wiki/Cheetah_Mobile',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2010, source: 'https://technode.com/2014/04/03/kingsoft-subsidiary-cheetah-mobile-files-ipo-nyse-raise-300-million/' },
        { value: 1996, source: 'https://en.wikipedia.org/wiki/Cheetah_Mobile' },
      ],
      note: 'The company was formed by the 2010 merger; the Wikipedia infobox dates it from the older Kingsoft security business.',
    },
  ],
} satisfies Company;
