import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:new-infrastructure',
  kind: 'policy',
  name: 'New Infrastructure',
  names: { zh: '新型基础设施建设', zhHant: '新型基礎設施建設', pinyin: 'xīnxíng jīchǔ shèshī jiànshè' },
  aliases: [
    { text: 'New Infrastructure', needsContext: 'common-word' },
    'new infrastructure construction',
    'new-type infrastructure',
    'New Infrastructure initiative',
    'new infrastructure plan',
    '新基建',
  ],
  summary: 'A push, first named at the December 2018 Central Economic Work Conference, to invest in digital-era infrastructure such as 5G, data centres, AI, the industrial internet and EV charging.',
  year: { value: 2018, source: 'https://www.besthub.dev/articles/what-is-china-s-new-infrastructure-and-how-does-it-differ-from-traditional-projects-6af625755baf', note: 'Central Economic Work Conference, December 2018' },
  issuer: 'Central Economic Work Conference (CPC Central Committee and State Council)',
  goals: [
    'Speed up 5G networks and big-data centres.',
    'Build AI, industrial-internet and IoT infrastructure.',
    'Add EV charging, ultra-high-voltage lines and intercity rail.',
  ],
  related: [],
  sources: ['https://www.besthub.dev/articles/what-is-china-s-new-infrastructure-and-how-does-it-differ-from-traditional-projects-6af625755baf'],
} satisfies Policy;
