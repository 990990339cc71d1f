import type { Company } from '../../src/data/schema';

export default {
  id: 'company:stepfun',
  kind: 'company',
  name: 'StepFun',
  names: { zh: '阶跃星辰', zhHant: '階躍星辰', pinyin: 'Jiēyuè Xīngchén' },
  aliases: ['Step Fun', 'StepStar', 'Jieyue Xingchen'],
  summary:
    'Shanghai foundation-model start-up led by former Microsoft executive Jiang Daxin, known for its multimodal Step models and backed by Tencent and Shanghai state investors.',
  founded: { value: 2023, source: 'https://aiwiki.ai/wiki/jiang_daxin/raw', note: 'April 2023' },
  headquarters: 'city:shanghai',
  founders: ['Jiang Daxin'],
  sectors: ['large language models', 'multimodal ai'],
  listings: [],
  related: ['city:shanghai', 'company:tencent', 'company:megvii'],
  sources: [
    'https://aiwiki.ai/wiki/jiang_daxin/raw',
    'https://shacklemedia.com/2024/12/26/shanghai-backed-firm-helps-ai-start-up-stepfun-raise-hundreds-of-millions-of-dollars',
    'https://www.caixinglobal.com/2026-02-02/in-depth-megvii-co-founder-is-back-riding-the-latest-ai-wave-102410570.html',
  ],
} satisfies Company;
