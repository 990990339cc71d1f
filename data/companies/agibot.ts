import type { Company } from '../../src/data/schema';

export default {
  id: 'company:agibot',
  kind: 'company',
  name: 'AgiBot',
  names: { zh: '智元机器人', zhHant: '智元機器人', pinyin: 'Zhìyuán Jīqìrén' },
  aliases: ['Zhiyuan Robotics', 'Agibot', 'AGIBOT', 'Zhiyuan Robot', '智元'],
  summary:
    'Shanghai humanoid-robot start-up co-founded by former Huawei "Genius Youth" engineer Peng Zhihui; in mid-2025 it agreed to take control of the STAR Market-listed Swancor Advanced Materials.',
  founded: {
    value: 2023,
    source: 'https://cnrobopedia.com/from-huawei-prodigy-to-humanoid-creator-the-trajectory-of-peng-zhihui/',
    note: 'incorporated February 2023',
  },
  headquarters: 'city:shanghai',
  founders: ['Peng Zhihui'],
  sectors: ['humanoid robots', 'embodied ai'],
  listings: [],
  related: ['city:shanghai', 'company:huawei', 'company:byd', 'company:unitree', 'company:ubtech'],
  sources: [
    'https://kr-asia.com/agibot-loses-two-top-execs-as-robotics-race-heats-up',
    'https://cnrobopedia.com/from-huawei-prodigy-to-humanoid-creator-the-trajectory-of-peng-zhihui/',
  ],
} satisfies Company;
