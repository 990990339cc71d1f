import type { Product } from '../../src/data/schema';

export default {
  id: 'product:yangwang',
  kind: 'product',
  name: 'Yangwang',
  names: { zh: '仰望', pinyin: 'Yǎngwàng' },
  aliases: ['BYD Yangwang', 'Yang Wang'],
  summary: "BYD's top-end brand of electric supercars and off-roaders, priced well above its Dynasty and Ocean ranges.",
  owner: 'company:byd',
  category: 'vehicle-brand',
  what: 'luxury electric-vehicle brand',
  launched: {
    value: 2023,
    source: 'https://www.channelnewsasia.com/business/chinas-byd-announces-new-fang-cheng-bao-brand-energy-vehicles-3550201',
    note: 'January 2023',
  },
  related: ['company:byd', 'product:denza', 'product:fangchengbao'],
  sources: ['https://www.channelnewsasia.com/business/chinas-byd-announces-new-fang-cheng-bao-brand-energy-vehicles-3550201'],
} satisfies Product;
