import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:generative-ai-measures',
  kind: 'policy',
  name: 'Interim Measures for the Management of Generative AI Services',
  names: { zh: '生成式人工智能服务管理暂行办法', zhHant: '生成式人工智能服務管理暫行辦法', pinyin: 'Shēngchéngshì Réngōng Zhìnéng Fúwù Guǎnlǐ Zànxíng Bànfǎ' },
  aliases: [
    'Interim Measures for the Management of Generative Artificial Intelligence Services',
    'Interim Measures for Generative AI',
    'Interim Measures for Generative Artificial Intelligence',
    'generative AI interim measures',
    'Generative AI Measures',
    'generative AI rules',
  ],
  summary: "China's first rules aimed at generative AI services offered to the public, issued by the Cyberspace Administration and six other bodies in July 2023 and in force from 15 August 2023.",
  year: { value: 2023, source: 'https://comparativeai.org/en/rules/china/generative-ai-interim-measures/', note: 'in force 15 August 2023' },
  issuer: 'Cyberspace Administration of China with six other departments',
  goals: [
    'Require security assessments and algorithm filing for services that can sway public opinion.',
    'Make providers answer for training-data legality and for generated content.',
    'Exempt research and enterprise-internal use not offered to the public.',
  ],
  related: ['policy:cybersecurity-law', 'policy:data-security-law', 'policy:pipl', 'policy:new-generation-ai-plan'],
  sources: ['https://comparativeai.org/en/rules/china/generative-ai-interim-measures/', 'https://www.saidot.ai/policies/interim-measures-for-the-management-of-generative-ai-systems'],
  disputed: [
    {
      field: 'issue date',
      values: [
        { value: '2023-07-13', source: 'https://comparativeai.org/en/rules/china/generative-ai-interim-measures/' },
        { value: '2023-07-15', source: 'https://www.saidot.ai/policies/interim-measures-for-the-management-of-generative-ai-systems' },
      ],
      note: 'Sources differ by two days on the issue date; both agree on entry into force on 15 August 2023.',
    },
  ],
} satisfies Policy;
