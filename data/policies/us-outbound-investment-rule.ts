import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:us-outbound-investment-rule',
  kind: 'policy',
  name: 'US Outbound Investment Rule',
  names: { zh: '美国对外投资限制规则', zhHant: '美國對外投資限制規則' },
  aliases: [
    'Outbound Investment Security Program',
    'outbound investment rule',
    'US outbound investment rule',
    'U.S. outbound investment rule',
    'Executive Order 14105',
    'EO 14105',
    'Outbound Order',
  ],
  summary:
    'A US Treasury programme, ordered by Executive Order 14105 of 9 August 2023 and in force from 2 January 2025, that bars or requires notice of US investments in Chinese (including Hong Kong and Macau) firms working on semiconductors, quantum technology and AI.',
  year: {
    value: 2023,
    source: 'https://home.treasury.gov/policy-issues/international/outbound-investment-program/program-regulations',
    note: 'executive order of 9 August 2023; final rule in force 2 January 2025',
  },
  issuer: 'US Treasury Department (under Executive Order 14105)',
  jurisdiction: 'US',
  goals: [
    'Prohibit US investments in Chinese firms developing the most sensitive chips, quantum and AI technologies.',
    'Require US persons to notify Treasury of other investments in those fields.',
    "Complement export controls by keeping US capital and know-how out of China's military-linked tech.",
  ],
  related: ['policy:us-chip-export-controls', 'policy:military-civil-fusion'],
  sources: ['https://home.treasury.gov/policy-issues/international/outbound-investment-program/program-regulations'],
} satisfies Policy;
