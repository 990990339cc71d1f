import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:cybersecurity-law',
  kind: 'policy',
  name: 'Cybersecurity Law',
  names: { zh: '网络安全法', zhHant: '網絡安全法', pinyin: 'Wǎngluò Ānquán Fǎ' },
  aliases: [
    { text: 'Cybersecurity Law', needsContext: 'other-entity' },
    { text: 'Cyber Security Law', needsContext: 'other-entity' },
    "China's Cybersecurity Law",
    "Cybersecurity Law of the People's Republic of China",
    { text: 'CSL', needsContext: 'abbreviation', exactCase: true },
    '中华人民共和国网络安全法',
    '網路安全法',
  ],
  summary: "China's first comprehensive cyberspace law, adopted in November 2016 and in force from June 2017; it introduced critical-information-infrastructure duties, data localisation and security reviews.",
  year: { value: 2016, source: 'https://www.lexology.com/library/detail.aspx?g=eef2197b-7401-416c-8f24-4ebe88bec086', note: 'adopted 7 November 2016, in force 1 June 2017' },
  issuer: 'NPC Standing Committee',
  goals: [
    'Protect critical information infrastructure and require security reviews of products bought for it.',
    'Keep personal and important data collected in China stored in China.',
    'Set security and personal-information duties for network operators.',
  ],
  related: ['policy:data-security-law', 'policy:pipl', 'policy:national-intelligence-law'],
  sources: ['https://www.lexology.com/library/detail.aspx?g=eef2197b-7401-416c-8f24-4ebe88bec086', 'https://npcobserver.com/legislation/cybersecurity-law/?share=skype'],
} satisfies Policy;
