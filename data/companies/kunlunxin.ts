import type { Company } from '../../src/data/schema';

const YICAI = 'https://www.yicaiglobal.com/news/baidu-jumps-as-chinese-internet-giant-mulls-taking-ai-chip-unit-public';
const BAMBOO = 'https://thebambooworks.com/a-decade-in-the-making-kunlunxin-chips-could-bring-excitement-back-to-baidu';

export default {
  id: 'company:kunlunxin',
  kind: 'company',
  name: 'Kunlunxin',
  names: { zh: '昆仑芯', zhHant: '崑崙芯', pinyin: 'Kūnlúnxīn' },
  aliases: ['Kunlunxin Technology', 'Kunlun Chip', 'Kunlunxin (Beijing) Technology', '昆仑芯科技'],
  summary:
    "Baidu's AI-chip unit, which designs the Kunlun accelerators first launched in 2018; Baidu made it a separate subsidiary in 2021, with outside shareholders such as BYD, and in 2025 began weighing a Hong Kong listing for it.",
  founded: {
    value: 2021,
    source: YICAI,
    note: 'set up as a standalone Baidu subsidiary in June 2021; chip work began inside Baidu in 2011',
  },
  headquarters: 'city:beijing',
  founders: ['Baidu'],
  sectors: ['semiconductors', 'AI chips'],
  listings: [],
  parent: 'company:baidu',
  related: ['company:baidu', 'company:cambricon', 'company:biren-technology', 'company:enflame', 'city:beijing'],
  sources: [YICAI, BAMBOO],
} satisfies Company;
