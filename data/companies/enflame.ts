import type { Company } from '../../src/data/schema';

const SCMP =
  'https://www.scmp.com/tech/tech-war/article/3276213/chinas-nvidia-wannabe-tencent-backed-ai-chip-start-enflame-flags-ipo-intention';

export default {
  id: 'company:enflame',
  kind: 'company',
  name: 'Enflame',
  names: { zh: '燧原科技', zhHant: '燧原科技', pinyin: 'Suìyuán Kējì' },
  aliases: ['Enflame Technology', 'Shanghai Enflame Technology', 'Suiyuan Technology'],
  summary:
    'Shanghai designer of AI training and inference chips for cloud data centres, started by two former AMD staff; Tencent is its largest shareholder and the state Big Fund also holds a stake.',
  founded: { value: 2018, source: SCMP, note: 'March 2018' },
  headquarters: 'city:shanghai',
  founders: ['Zhao Lidong', 'Zhang Yalin'],
  sectors: ['semiconductors', 'AI chips'],
  listings: [],
  related: ['company:tencent', 'company:biren-technology', 'company:cambricon', 'company:kunlunxin', 'policy:big-fund', 'city:shanghai'],
  sources: [SCMP],
} satisfies Company;
