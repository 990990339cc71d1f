import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:dutch-chip-equipment-export-controls',
  kind: 'policy',
  name: 'Dutch Export Controls on Chipmaking Equipment',
  names: { zh: '荷兰半导体设备出口管制', zhHant: '荷蘭半導體設備出口管制' },
  aliases: [
    'Dutch chip export controls',
    'Dutch semiconductor export controls',
    'Dutch export controls on chipmaking equipment',
    'Netherlands chip equipment export controls',
    'Dutch export restrictions on ASML',
  ],
  summary:
    "Netherlands licence requirements for exports of advanced chipmaking equipment, announced in March 2023, finalised on 30 June 2023 and in force from 1 September 2023. Officially country-neutral, they followed US pressure to cut China off from tools such as ASML's lithography machines.",
  year: {
    value: 2023,
    source: 'https://www.cnbc.com/2023/06/30/netherlands-follows-us-with-semiconductor-export-restrictions-.html',
    note: 'finalised 30 June 2023, in force 1 September 2023',
  },
  issuer: 'Dutch government',
  jurisdiction: 'NL',
  goals: [
    'Require licences to export specific advanced semiconductor manufacturing equipment.',
    'Keep tools for advanced chips with military uses from reaching China, in step with US controls.',
  ],
  related: ['policy:us-chip-export-controls', 'policy:japan-chip-equipment-export-controls'],
  sources: ['https://www.cnbc.com/2023/06/30/netherlands-follows-us-with-semiconductor-export-restrictions-.html'],
} satisfies Policy;
