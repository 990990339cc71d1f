import type { City } from '../../src/data/schema';

export default {
  id: 'city:changsha',
  kind: 'city',
  name: 'Changsha',
  names: { zh: '长沙', zhHant: '長沙', pinyin: 'Chángshā' },
  aliases: ['Changsha City'],
  summary:
    'Capital of Hunan on the Xiang River, known for construction machinery makers and a lively media and entertainment scene.',
  province: 'Hunan',
  population: {
    value: 10_047_914,
    unit: 'people',
    year: 2020,
    source: 'https://citypopulation.de/en/china/hunan/admin/4301__ch%C3%A1ngsh%C4%81_sh%C3%AC/',
    note: 'permanent residents, 2020 census',
  },
  knownFor: ['construction machinery', 'media', 'higher education'],
  zones: [],
  related: ['city:wuhan'],
  sources: [
    'https://wiki.gravy.cc/wiki/Changsha',
    'https://review.clateway.com/wiki/view_html.php?q=Changsha&sq=Qlik',
    'https://citypopulation.de/en/china/hunan/admin/4301__ch%C3%A1ngsh%C4%81_sh%C3%AC/',
  ],
} satisfies City;
