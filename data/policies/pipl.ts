import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:pipl',
  kind: 'policy',
  name: 'Personal Information Protection Law',
  names: { zh: '个人信息保护法', zhHant: '個人資訊保護法', pinyin: 'Gèrén Xìnxī Bǎohù Fǎ' },
  aliases: [
    { text: 'PIPL', exactCase: true },
    "China's Personal Information Protection Law",
    "Personal Information Protection Law of the People's Republic of China",
    '中华人民共和国个人信息保护法',
    '個人信息保護法',
  ],
  summary:
    "China's first comprehensive personal-data law, adopted on 20 August 2021 and in force from 1 November 2021; modelled in part on the EU's GDPR, it rests on consent, individual rights and controls on sending data abroad.",
  year: {
    value: 2021,
    source: 'https://en.wikipedia.org/wiki/Personal_Information_Protection_Law_of_the_People%27s_Republic_of_China',
    note: 'adopted 20 August 2021, in force 1 November 2021',
  },
  issuer: 'NPC Standing Committee',
  goals: [
    'Require a legal basis, usually consent, for processing personal information.',
    'Give individuals rights over their data.',
    'Restrict and assess transfers of personal information out of China.',
  ],
  related: ['policy:cybersecurity-law', 'policy:data-security-law'],
  sources: ['https://en.wikipedia.org/wiki/Personal_Information_Protection_Law_of_the_People%27s_Republic_of_China'],
} satisfies Policy;
