import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:ai-content-labelling-measures',
  kind: 'policy',
  name: 'Measures for Labelling AI-Generated Synthetic Content',
  names: {
    zh: '人工智能生成合成内容标识办法',
    zhHant: '人工智能生成合成內容標識辦法',
    pinyin: 'Réngōng Zhìnéng Shēngchéng Héchéng Nèiróng Biāoshí Bànfǎ',
  },
  aliases: [
    'AI content labelling measures',
    'AI content labeling measures',
    'AI-generated content labelling rules',
    'AI-generated content labeling rules',
    'Measures for Labeling AI-Generated Synthetic Content',
    'Measures for the Labeling of Artificial Intelligence-Generated Synthetic Content',
    'AI labelling rules',
    'AI labeling rules',
  ],
  summary:
    'Rules from the Cyberspace Administration of China and three other departments, in force from 1 September 2025, that require AI-generated text, images, audio and video to carry visible labels and labels embedded in file metadata, and oblige platforms to check for them.',
  year: { value: 2025, source: 'https://udn.com/news/story/7333/8975458', note: 'in force 1 September 2025' },
  issuer: 'Cyberspace Administration of China and three other departments',
  goals: [
    'Make AI-generated content recognisable through explicit and implicit labels.',
    'Require platforms to verify labels and flag unlabelled or suspected AI content.',
    'Curb false information spread with synthetic content.',
  ],
  related: ['policy:generative-ai-measures', 'policy:ai-plus', 'policy:cybersecurity-law'],
  sources: ['https://udn.com/news/story/7333/8975458'],
} satisfies Policy;
