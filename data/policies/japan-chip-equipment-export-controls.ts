import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:japan-chip-equipment-export-controls',
  kind: 'policy',
  name: "Japan's Export Controls on Chipmaking Equipment",
  names: { zh: '日本半导体制造设备出口管制', zhHant: '日本半導體製造設備出口管制' },
  aliases: [
    'Japanese chip equipment export controls',
    'Japan chip export controls',
    'Japanese semiconductor export controls',
    'Japan semiconductor equipment export controls',
  ],
  summary:
    "Japanese export-approval requirements for 23 types of advanced chipmaking equipment, added to a trade ministry ordinance under the foreign exchange law and in force from 23 July 2023. Japan named no target, but the rules align with US-led efforts to slow China's advanced chip production.",
  year: {
    value: 2023,
    source: 'https://www.japantimes.co.jp/news/2023/07/23/business/chip-export-curbs-begin/',
    note: 'in force 23 July 2023',
  },
  issuer: 'Japan Ministry of Economy, Trade and Industry',
  jurisdiction: 'JP',
  goals: [
    'Require approval to export 23 kinds of advanced chip manufacturing equipment.',
    'Keep advanced chipmaking tools from military use, in line with US and Dutch controls.',
  ],
  related: ['policy:us-chip-export-controls', 'policy:dutch-chip-equipment-export-controls', 'policy:gallium-germanium-export-controls'],
  sources: ['https://www.japantimes.co.jp/news/2023/07/23/business/chip-export-curbs-begin/'],
} satisfies Policy;
