import type { Company } from '../../src/data/schema';

export default {
  id: 'company:unitree',
  kind: 'company',
  name: 'Unitree Robotics',
  names: { zh: '宇树科技', zhHant: '宇樹科技', pinyin: 'Yǔshù Kējì' },
  aliases: ['Unitree', '宇树', '宇樹'],
  summary:
    'Hangzhou maker of low-cost quadruped robot dogs and, since 2023, humanoid robots; its founder left DJI to start it. It began preparing for a mainland IPO in July 2025.',
  founded: {
    value: 2016,
    source: 'https://www.bastillepost.com/global/article/5353381-unitree-founder-encourages-tech-entrepreneurs-to-hold-on-to-their-dreams',
  },
  headquarters: 'city:hangzhou',
  founders: ['Wang Xingxing'],
  sectors: ['robotics', 'quadruped robots', 'humanoid robots'],
  listings: [],
  related: ['company:ubtech', 'company:agibot', 'company:dji', 'city:hangzhou'],
  sources: [
    'https://eu.36kr.com/de/p/3508701431208839',
    'https://www.bastillepost.com/global/article/5353381-unitree-founder-encourages-tech-entrepreneurs-to-hold-on-to-their-dreams',
  ],
} satisfies Company;
