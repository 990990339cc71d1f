import type { Company } from '../../src/data/schema';

const SCMP = 'https://www.scmp.com/business/companies/article/3134346/tesla-faces-yet-another-ev-rival-china-partner-ford-and-mazda';

export default {
  id: 'company:avatr',
  kind: 'company',
  name: 'Avatr',
  names: { zh: '阿维塔', zhHant: '阿維塔', pinyin: 'Āwéitǎ' },
  aliases: ['Avatr Technology', 'Avatar Technology', '阿维塔科技'],
  summary:
    'Premium electric-car maker set up by state-owned Changan Automobile with CATL and Huawei as partners; its cars run Huawei software on CATL batteries.',
  founded: { value: 2021, source: SCMP, note: 'announced by Changan in May 2021 as Avatar Technology' },
  headquarters: 'city:chongqing',
  founders: ['Changan Automobile'],
  sectors: ['electric vehicles', 'automobiles'],
  listings: [],
  parent: 'company:changan',
  related: ['company:changan', 'company:huawei', 'company:catl', 'company:seres', 'city:chongqing'],
  sources: [SCMP],
} satisfies Company;
