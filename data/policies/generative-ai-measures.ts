import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:generative-ai-measures',
  kind: 'policy',
  name: 'Interim Measures for the Management of Generative AI Services',
  names: {
    zh: '生成式人工智能服务管理暂行办法',
    zhHant: '生成式人工智能服務管理暫行辦法',
    pinyin: 'Shēngchéngshì Réngōng Zhìnéng Fúwù Guǎnlǐ Zànxíng Bànfǎ',
  },
  aliases: [
    'Interim Measures for the Management of Generative Artificial Intelligence Services',
    'Interim Measures for Generative AI',
    'Interim Measures for Generative Artificial Intelligence',
    'generative AI interim measures',
    'Generative AI Measures',
    'generative AI rules',
  ],
  summary:
    "China's first rules aimed at generative AI services offered to the public, finalised by the Cyberspace Administration with other regulators on 13 July 2023 and in force from 15 August 2023.",
  year: {
    value: 2023,
    source: 'https://www.cnbc.com/2023/07/13/china-introduces-rules-governing-generative-ai-services-like-chatgpt.html',
    note: 'finalised 13 July 2023, in force 15 August 2023',
  },
  issuer: 'Cyberspace Administration of China with other regulators',
  goals: [
    'Require security assessments and algorithm filing for services that can sway public opinion.',
    'Make providers answer for training-data legality and for generated content.',
    'Exempt research and enterprise-internal use not offered to the public.',
  ],
  related: [
    'policy:cybersecurity-law',
    'policy:data-security-law',
    'policy:pipl',
    'policy:new-generation-ai-plan',
    'policy:ai-content-labelling-measures',
  ],
  sources: ['https://www.cnbc.com/2023/07/13/china-introduces-rules-governing-generative-ai-services-like-chatgpt.html'],
} satisfies Policy;
