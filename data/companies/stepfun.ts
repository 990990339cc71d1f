import type { Company } from '../../src/data/schema';

export default {
  id: 'company:stepfun',
  kind: 'company',
  name: 'StepFun',
  names: { zh: '阶跃星辰', zhHant: '階躍星辰', pinyin: 'Jiēyuè Xīngchén' },
  aliases: ['Step Fun', 'StepStar', 'Jieyue Xingchen'],
  summary:
    'Shanghai foundation-model start-up led by former Microsoft executive Jiang Daxin, known for its multimodal Step models and backed by Tencent and Shanghai state investors. In January 2026 it raised more than 5 billion yuan and named Megvii founder Yin Qi its chairman.',
  founded: {
    value: 2023,
    source: 'https://pandaily.com/microsoft-global-partner-jiang-daxin-starts-a-large-scale-modeling-business',
    note: 'Jiang Daxin left Microsoft in 2023 to start it in Shanghai',
  },
  headquarters: 'city:shanghai',
  founders: ['Jiang Daxin'],
  sectors: ['large language models', 'multimodal ai'],
  listings: [],
  related: ['city:shanghai', 'company:tencent', 'company:megvii'],
  sources: [
    'https://eu.36kr.com/en/p/3656118724010374',
    'https://pandaily.com/microsoft-global-partner-jiang-daxin-starts-a-large-scale-modeling-business',
    'https://www.caixinglobal.com/2026-02-02/in-depth-megvii-co-founder-is-back-riding-the-latest-ai-wave-102410570.html',
  ],
} satisfies Company;
