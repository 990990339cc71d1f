import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:us-chip-export-controls',
  kind: 'policy',
  name: 'US Advanced Computing and Semiconductor Export Controls',
  names: { zh: '美国对华半导体出口管制', zhHant: '美國對華半導體出口管制' },
  aliases: [
    'October 7 rules',
    'October 7 export controls',
    'US chip export controls',
    'U.S. chip export controls',
    'US semiconductor export controls',
    'U.S. semiconductor export controls',
    'advanced computing export controls',
    { text: 'chip export controls', needsContext: 'other-entity' },
  ],
  summary:
    "Rules from the US Commerce Department's BIS, first issued on 7 October 2022, that restrict China's ability to buy advanced computing chips, build supercomputers and make advanced semiconductors; rules of 17 October 2023 tightened them, a rule of April 2024 clarified them, and a third package on 2 December 2024 curbed exports to 140 more companies, including the toolmaker Naura.",
  year: {
    value: 2022,
    source: 'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
    note: 'first rules 7 October 2022; updated 17 October 2023',
  },
  issuer: 'US Commerce Department (BIS)',
  jurisdiction: 'US',
  goals: [
    'Restrict exports of advanced AI and computing chips to China.',
    "Control chipmaking equipment and US persons' support for advanced chip production in China.",
    "Keep advanced technology from China's military under its military-civil fusion strategy.",
  ],
  related: [
    'policy:us-entity-list',
    'policy:dutch-chip-equipment-export-controls',
    'policy:japan-chip-equipment-export-controls',
    'policy:military-civil-fusion',
    'policy:chips-and-science-act',
    'company:naura',
  ],
  sources: [
    'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
    'https://www.bis.gov/press-release/commerce-releases-clarifications-export-control-rules-restrict-prcs-access-advanced',
    'https://www.brecorder.com/news/40335663/china-bans-exports-of-gallium-germanium-antimony-to-us',
  ],
} satisfies Policy;
