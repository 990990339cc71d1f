import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:unreliable-entity-list',
  kind: 'policy',
  name: 'Unreliable Entity List',
  names: { zh: '不可靠实体清单', zhHant: '不可靠實體清單', pinyin: 'Bù Kěkào Shítǐ Qīngdān' },
  aliases: ['Unreliable Entities List', 'unreliable entity list system', { text: 'UEL', needsContext: 'abbreviation', exactCase: true }],
  summary:
    "China's Ministry of Commerce sanctions list for foreign firms that cut off supplies to Chinese companies or otherwise harm China's interests, announced on 31 May 2019 with rules issued on 19 September 2020. Listed firms can be barred from China-related trade and investment; Lockheed Martin and Raytheon Missiles & Defense were added in February 2023.",
  year: {
    value: 2020,
    source: 'https://en.wikipedia.org/wiki/Unreliable_Entity_List',
    note: 'announced 31 May 2019; provisions issued 19 September 2020',
  },
  issuer: 'Ministry of Commerce',
  goals: [
    'Punish foreign entities that block or cut off supplies to Chinese firms for non-commercial reasons.',
    'Bar listed entities from China-related imports, exports and new investment, and their executives from entry.',
    "Fine listed entities and restrict their staff's travel to China.",
  ],
  related: ['policy:us-entity-list', 'policy:anti-foreign-sanctions-law', 'policy:export-control-law'],
  sources: [
    'https://en.wikipedia.org/wiki/Unreliable_Entity_List',
    'https://english.scio.gov.cn/pressroom/2023-02/17/content_85111530.htm',
  ],
} satisfies Policy;
