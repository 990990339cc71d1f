import type { Company } from '../../src/data/schema';

export default {
  id: 'company:minimax',
  kind: 'company',
  name: 'MiniMax',
  names: { zh: '稀宇科技', pinyin: 'Xīyǔ Kējì' },
  aliases: [
    { text: 'MiniMax', needsContext: 'common-word' },
    'MiniMax Group',
    'Shanghai Xiyu Technology',
    'Xiyu Technology',
    '上海稀宇科技',
  ],
  summary:
    'Shanghai AI start-up, set up by former SenseTime researchers, that builds multimodal foundation models and consumer apps for text, voice, video and music. It went public in Hong Kong in January 2026.',
  founded: { value: 2021, source: 'https://www.chinadailyhk.com/hk/article/614200' },
  headquarters: 'city:shanghai',
  founders: ['Yan Junjie'],
  sectors: ['large language models', 'generative ai', 'ai companions'],
  // Listed in Hong Kong in January 2026 (36Kr); its stock code appeared only in copies, so none is recorded.
  listings: [],
  related: ['city:shanghai', 'company:sensetime', 'company:alibaba', 'company:tencent', 'company:zhipu-ai'],
  sources: ['https://eu.36kr.com/en/p/3631042586395657', 'https://www.chinadailyhk.com/hk/article/614200'],
} satisfies Company;
