import type { Company } from '../../src/data/schema';

export default {
  id: 'company:seres',
  kind: 'company',
  name: 'Seres Group',
  names: { zh: '赛力斯', zhHant: '賽力斯', pinyin: 'Sàilìsī' },
  aliases: [
    { text: 'Seres', needsContext: 'other-entity' },
    'Sokon Group',
    'Chongqing Sokon',
    'Chongqing Sokon Industry Group',
    { text: 'Sokon', needsContext: 'other-entity' },
    '赛力斯集团',
    '小康股份',
  ],
  summary:
    'Chongqing carmaker, formerly Sokon Group, that co-develops and builds Huawei-backed AITO electric cars; listed in Shanghai and, since 2025, in Hong Kong.',
  founded: { value: 1986, source: 'https://en.wikipedia.org/wiki/Seres_Group', note: 'September 1986, as a springs and parts factory' },
  headquarters: 'city:chongqing',
  founders: ['Zhang Xinghai'],
  sectors: ['electric vehicles', 'automobiles'],
  listings: [
    { exchange: 'SSE', ticker: '601127', since: 2016 },
    { exchange: 'HKEX', ticker: '9927', since: 2025 },
  ],
  related: ['city:chongqing', 'company:huawei'],
  sources: [
    'https://en.wikipedia.org/wiki/Seres_Group',
    'https://www.chinadailyasia.com/article/621672',
    'https://www.scmp.com/business/china-business/article/3331556/chinese-ev-maker-seres-shares-slump-37-hong-kong-debut',
  ],
} satisfies Company;
