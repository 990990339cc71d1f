import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:export-control-law',
  kind: 'policy',
  name: 'Export Control Law',
  names: { zh: '出口管制法', pinyin: 'Chūkǒu Guǎnzhì Fǎ' },
  aliases: [
    { text: 'Export Control Law', needsContext: 'other-entity' },
    "China's Export Control Law",
    "Export Control Law of the People's Republic of China",
    '中华人民共和国出口管制法',
  ],
  summary:
    "China's first unified export-control statute, passed on 17 October 2020 and in force from 1 December 2020, covering military, dual-use and other sensitive items and allowing countermeasures against countries that abuse export controls. Later measures include State Council regulations on dual-use exports, in force from December 2024, and rare-earth export controls in 2025.",
  year: {
    value: 2020,
    source: 'https://www.xinhuanet.com/english/2020-10/17/c_139447960.htm',
    note: 'passed 17 October 2020, in force 1 December 2020',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Set up control lists, licensing and end-user checks.',
    'Allow reciprocal measures against countries that abuse export controls.',
    'Consolidate scattered export-control regulations.',
  ],
  related: [
    'policy:dual-use-export-control-regulations',
    'policy:rare-earth-export-controls',
    'policy:gallium-germanium-export-controls',
    'policy:unreliable-entity-list',
  ],
  sources: ['https://www.xinhuanet.com/english/2020-10/17/c_139447960.htm'],
} satisfies Policy;
