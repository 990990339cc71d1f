import type { Product } from '../../src/data/schema';

export default {
  id: 'product:fangchengbao',
  kind: 'product',
  name: 'Fangchengbao',
  names: { zh: '方程豹', pinyin: 'Fāngchéngbào' },
  aliases: ['Fang Cheng Bao', 'BYD Fangchengbao'],
  summary: 'BYD brand for enthusiast vehicles, from off-road SUVs to sports cars; its name means "formula leopard".',
  owner: 'company:byd',
  category: 'vehicle-brand',
  what: 'brand of off-road and performance electric vehicles',
  launched: {
    value: 2023,
    source: 'https://www.channelnewsasia.com/business/chinas-byd-announces-new-fang-cheng-bao-brand-energy-vehicles-3550201',
    note: 'announced in June 2023',
  },
  related: ['company:byd', 'product:yangwang', 'product:denza'],
  sources: ['https://www.channelnewsasia.com/business/chinas-byd-announces-new-fang-cheng-bao-brand-energy-vehicles-3550201'],
} satisfies Product;
