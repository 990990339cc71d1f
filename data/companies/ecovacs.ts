import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ecovacs',
  kind: 'company',
  name: 'Ecovacs Robotics',
  names: { zh: '科沃斯', pinyin: 'Kēwòsī' },
  aliases: ['Ecovacs', 'ECOVACS', 'Ecovacs Group', '科沃斯机器人', '科沃斯機器人'],
  summary:
    'Suzhou maker of robot vacuum cleaners and other home service robots, which began as a contract vacuum-cleaner manufacturer before launching its own Deebot brand.',
  founded: {
    value: 1998,
    source: 'https://biz.chosun.com/en/en-it/2025/08/20/J6R6RD5DLNBQDH7LPWU3ZZTQNI/',
  },
  headquarters: 'city:suzhou',
  founders: ['Qian Dongqi'],
  sectors: ['home robots', 'robot vacuums'],
  listings: [{ exchange: 'SSE', ticker: '603486' }],
  related: ['city:suzhou', 'company:roborock', 'company:horizon-robotics'],
  sources: [
    'https://biz.chosun.com/en/en-it/2025/08/20/J6R6RD5DLNBQDH7LPWU3ZZTQNI/',
    'https://cnrobopedia.com/ecovacs-held-summit-to-highlight-suzhous-role-in-china-robot-race/',
    'https://cnrobopedia.com/tag/ecovacs/',
  ],
} satisfies Company;
