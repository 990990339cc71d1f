import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Shanghai_Micro_Electronics_Equipment';
const TOMS =
  'https://www.tomshardware.com/tech-industry/chinese-company-claims-chip-making-tool-breakthrough-announces-28nm-capable-litho-tool';
const TRENDFORCE =
  'https://www.trendforce.com/news/2023/12/22/news-reports-of-smee-successfully-developing-28nm-lithography-machine-original-source-deleted-shortly-after/';

export default {
  id: 'company:smee',
  kind: 'company',
  name: 'SMEE',
  names: { zh: '上海微电子', zhHant: '上海微電子', pinyin: 'Shànghǎi Wēidiànzǐ' },
  aliases: [
    { text: 'SMEE', exactCase: true },
    'Shanghai Micro Electronics Equipment',
    'Shanghai Micro Electronics Equipment Group',
    '上海微电子装备',
    '上海微電子裝備',
  ],
  summary:
    "China's main developer of lithography scanners, begun as a state research project and partly state-owned; its tools remain well behind ASML's, and in 2023 it was reported to have a 28-nanometre-class scanner.",
  founded: { value: 2002, source: WIKI },
  headquarters: 'city:shanghai',
  founders: ['He Rongming'],
  sectors: ['semiconductor equipment', 'lithography'],
  listings: [],
  related: ['company:smic', 'company:naura', 'company:amec', 'company:sicarrier', 'zone:zhangjiang', 'policy:863-program'],
  sources: [WIKI, TOMS, TRENDFORCE],
} satisfies Company;
