import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:thousand-talents-plan',
  kind: 'policy',
  name: 'Thousand Talents Plan',
  names: { zh: '千人计划', zhHant: '千人計劃', pinyin: 'Qiānrén Jìhuà' },
  aliases: [
    'Thousand Talents Program',
    'Thousand Talents Programme',
    '1000 Talents Plan',
    '1,000 Talents Plan',
    'Thousand Talents',
    'Recruitment Program of Global Experts',
    'Recruitment Programme of Global Experts',
    '海外高层次人才引进计划',
  ],
  summary:
    'A state programme begun in 2008 to recruit leading scientists and entrepreneurs from abroad, chiefly overseas Chinese; Western governments later flagged it as a channel for technology transfer, and it was rebranded in 2019.',
  year: { value: 2008, source: 'https://en.wikipedia.org/wiki/Thousand_Talents_Plan' },
  issuer: 'CPC Central Committee and central government',
  goals: [
    'Bring top overseas researchers and entrepreneurs to China over five to ten years.',
    'Staff national labs, key disciplines, state firms and high-tech zones with them.',
  ],
  related: ['policy:foreign-talent-visa'],
  sources: ['https://en.wikipedia.org/wiki/Thousand_Talents_Plan'],
} satisfies Policy;
