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
  summary:
    'A push, first named at the Central Economic Work Conference in late 2018 and written into the government work report for the first time in 2020, to invest in digital-era infrastructure such as 5G, data centres, AI, the industrial internet and EV charging.',
  year: {
    value: 2018,
    source: 'https://thechinaproject.com/2020/07/01/new-infrastructure-chinas-race-for-5g-and-networked-everything-has-a-new-catchphrase/',
    note: 'Central Economic Work Conference, late 2018',
  },
  issuer: 'Central Economic Work Conference (CPC Central Committee and State Council)',
  goals: [
    'Speed up 5G networks and big-data centres.',
    'Build AI, industrial-internet and IoT infrastructure.',
    'Add EV charging, ultra-high-voltage lines and intercity rail.',
  ],
  related: ['policy:digital-china', 'policy:east-data-west-computing'],
  sources: [
    'https://thechinaproject.com/2020/07/01/new-infrastructure-chinas-race-for-5g-and-networked-everything-has-a-new-catchphrase/',
    'https://en.people.cn/n3/2020/0528/c90000-9695173.html',
  ],
} satisfies Policy;
