import type { Product } from '../../src/data/schema';

export default {
  id: 'product:lemon8',
  kind: 'product',
  name: 'Lemon8',
  names: { zh: '字节跳动Lemon8' },
  aliases: ['Lemon 8'],
  summary:
    'Lifestyle app for photo and video posts on fashion, food and travel, linked to ByteDance and modelled on Xiaohongshu; it launched in Japan before reaching the US and UK.',
  owner: 'company:bytedance',
  category: 'app',
  what: 'lifestyle photo and video sharing app',
  launched: {
    value: 2020,
    source: 'https://en.wikipedia.org/wiki/Lemon8',
    note: 'Japan, May 2020; US and UK from February 2023',
  },
  related: ['company:bytedance', 'product:tiktok', 'company:xiaohongshu'],
  sources: ['https://en.wikipedia.org/wiki/Lemon8'],
} satisfies Product;
