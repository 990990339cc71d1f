import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:chips-and-science-act',
  kind: 'policy',
  name: 'CHIPS and Science Act',
  names: { zh: '芯片与科学法案', zhHant: '晶片與科學法案' },
  aliases: [
    { text: 'CHIPS Act', needsContext: 'other-entity' },
    'CHIPS Act of 2022',
    'CHIPS and Science Act of 2022',
    'CHIPS-plus',
    'US CHIPS Act',
    'U.S. CHIPS Act',
  ],
  summary:
    'A US law signed on 9 August 2022 that authorises about $280 billion for research and appropriates $52.7 billion for the chip industry, including $39 billion in manufacturing subsidies and a 25% investment tax credit, with the aims of securing supply chains and countering China.',
  year: { value: 2022, source: 'https://en.wikipedia.org/wiki/CHIPS_and_Science_Act', note: 'signed 9 August 2022' },
  issuer: 'US Congress (signed by President Joe Biden)',
  jurisdiction: 'US',
  goals: [
    'Bring semiconductor manufacturing back to the United States with subsidies and tax credits.',
    'Fund semiconductor research and workforce training.',
    'Strengthen US supply-chain resilience and compete with China in chips.',
  ],
  related: ['policy:us-chip-export-controls', 'policy:big-fund'],
  sources: ['https://en.wikipedia.org/wiki/CHIPS_and_Science_Act'],
} satisfies Policy;
