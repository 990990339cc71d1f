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
  summary:
    "China's first comprehensive cyberspace law, enacted in 2016, with duties for critical information infrastructure, data localisation and security reviews. An amendment approved on 28 October 2025 and in force from 1 January 2026 adds provisions on AI development and safety and stiffer penalties.",
  year: {
    value: 2016,
    source: 'https://en.people.cn/n3/2025/1028/c90000-20383061.html',
    note: 'enacted 2016; amendment in force 1 January 2026',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Protect critical information infrastructure and require security reviews of products bought for it.',
    'Keep personal and important data collected in China stored in China.',
    'Set security and personal-information duties for network operators.',
    'Support AI research and infrastructure while strengthening AI ethics, risk monitoring and safety oversight (2025 amendment).',
  ],
  related: ['policy:data-security-law', 'policy:pipl', 'policy:national-intelligence-law'],
  sources: ['https://en.people.cn/n3/2025/1028/c90000-20383061.html', 'https://npcobserver.com/legislation/cybersecurity-law/'],
} satisfies Policy;
