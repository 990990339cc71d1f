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
  summary: "China's first unified export-control statute, adopted in October 2020 and in force from 1 December 2020, covering military, dual-use and other sensitive items and allowing countermeasures.",
  year: { value: 2020, source: 'https://www.diacrongroup.com/en/tax-news/npc-standing-committee-adopts-law-on-export-control/', note: 'adopted 17 October 2020, in force 1 December 2020' },
  issuer: 'NPC Standing Committee',
  goals: [
    'Set up control lists, licensing and end-user checks.',
    'Allow reciprocal measures against countries that abuse export controls.',
    'Consolidate scattered export-control regulations.',
  ],
  related: [],
  sources: ['https://www.diacrongroup.com/en/tax-news/npc-standing-committee-adopts-law-on-export-control/', 'https://www.davispolk.com/insights/client-update/new-chinese-law-passed-create-nations-first-comprehensive-export-control'],
} satisfies Policy;
