import type { Company } from '../../src/data/schema';

export default {
  id: 'company:inspur',
  kind: 'company',
  name: 'Inspur',
  names: { zh: '浪潮集团', zhHant: '浪潮集團', pinyin: 'Làngcháo Jítuán' },
  aliases: [
    'Inspur Group',
    'Inspur Information',
    'Inspur Electronic Information',
    'Inspur Electronic Information Industry',
    'IEIT Systems',
    'Langchao',
    'Langchao Group',
    { text: '浪潮', needsContext: 'common-word' },
    '浪潮信息',
  ],
  summary:
    "State-owned IT group from Jinan and China's biggest server maker, a top-three vendor worldwide, also selling cloud and software services; the US added the group to its Entity List in 2023.",
  founded: {
    value: 2000,
    source: 'https://www.techerati.com/the-stack-archive/data-centre/2015/07/27/inspur-to-invest-billions-in-chinese-data-centre-expansion/',
    note: 'year as reported; its chairman spoke in 2017 of four decades of experience, so the group is older',
  },
  headquarters: 'city:jinan',
  founders: [],
  sectors: ['servers', 'cloud computing', 'it services'],
  listings: [{ exchange: 'SZSE', ticker: '000977' }],
  related: ['city:jinan'],
  sources: [
    'https://www.techerati.com/the-stack-archive/data-centre/2015/07/27/inspur-to-invest-billions-in-chinese-data-centre-expansion/',
    'https://global.chinadaily.com.cn/kindle/2017-05/21/content_29433201.htm',
    'https://wealthcreationinvesting.com/2023/03/08/tech-war-china-listed-unit-of-server-maker-inspur-on-us-trade-blacklist-changes-domicile-to-a-location-2km-from-parent/',
    'https://scrutica.com/companies/org-inspur-information',
    'https://fr.m.wikipedia.org/wiki/Inspur',
  ],
} satisfies Company;
