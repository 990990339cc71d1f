import type { Product } from '../../src/data/schema';

export default {
  id: 'product:unitree-go2',
  kind: 'product',
  name: 'Unitree Go2',
  names: { zh: '宇树Go2' },
  aliases: ['Go2 robot dog', 'Unitree Go 2'],
  summary:
    "Unitree's four-legged robot dog, priced far below Western rivals such as Boston Dynamics' Spot and widely used in labs, demonstrations and shows.",
  owner: 'company:unitree',
  category: 'device',
  what: 'consumer and research quadruped robot',
  launched: {
    value: 2023,
    source:
      'https://www.freepressjournal.in/tech/humanoid-robot-goes-for-a-stroll-with-a-robot-dog-unitrees-viral-moment-has-the-internet-talking',
    note: 'introduced July 2023',
  },
  related: ['company:unitree', 'city:hangzhou'],
  sources: [
    'https://www.freepressjournal.in/tech/humanoid-robot-goes-for-a-stroll-with-a-robot-dog-unitrees-viral-moment-has-the-internet-talking',
  ],
} satisfies Product;
