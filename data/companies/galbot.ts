import type { Company } from '../../src/data/schema';

const KR36 = 'https://eu.36kr.com/en/p/3350684885707399';
const KR36_FUNDING = 'https://eu.36kr.com/en/p/3348346796235397';

export default {
  id: 'company:galbot',
  kind: 'company',
  name: 'Galbot',
  names: { zh: '银河通用', zhHant: '銀河通用', pinyin: 'Yínhé Tōngyòng' },
  // Sometimes rendered literally as "Galaxy General" or "Galaxy Universal".
  aliases: [
    'Galaxy Universal Robotics',
    'Galaxy General Robot',
    'Beijing Galaxy Universal Robotics',
    { text: 'Galaxy Universal', needsContext: 'other-entity' },
    '银河通用机器人',
  ],
  summary:
    "Beijing start-up building humanoid robots (the Galbot G1) and the 'embodied' AI models that control them, founded by a Peking University robotics professor; it has drawn some of the largest funding rounds in China's humanoid-robot boom, including from CATL.",
  founded: { value: 2023, source: KR36, note: 'May 2023' },
  headquarters: 'city:beijing',
  founders: ['Wang He'],
  sectors: ['humanoid robots', 'embodied AI'],
  listings: [],
  related: ['company:unitree', 'company:agibot', 'company:ubtech', 'company:catl', 'zone:haidian', 'city:beijing'],
  sources: [KR36, KR36_FUNDING],
} satisfies Company;
