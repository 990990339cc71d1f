import type { Product } from '../../src/data/schema';

export default {
  id: 'product:hunyuan',
  kind: 'product',
  name: 'Tencent Hunyuan',
  names: { zh: '混元', pinyin: 'Hùnyuán' },
  aliases: ['Hunyuan', 'HunYuan', 'Hunyuan-Large', 'Hunyuan 3D', 'Hunyuan3D', 'Tencent HunYuan'],
  summary:
    "Tencent's family of foundation models, offered to businesses through Tencent Cloud and used in its own products; several versions, including 3D and video generators, are open-sourced.",
  owner: 'company:tencent',
  category: 'ai-model',
  what: 'family of large language, image, video and 3D models',
  launched: {
    value: 2023,
    source: 'https://theedgemalaysia.com/node/684651',
    note: 'released for business use in September 2023',
  },
  related: ['company:tencent', 'product:wechat'],
  sources: [
    'https://theedgemalaysia.com/node/684651',
    'https://www.scmp.com/tech/big-tech/article/3233631/tencent-launch-ai-foundation-model-chatgpt-applications-amid-chinese-big-tech-jostling',
  ],
} satisfies Product;
