import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:national-intelligence-law',
  kind: 'policy',
  name: 'National Intelligence Law',
  names: { zh: '国家情报法', zhHant: '國家情報法', pinyin: 'Guójiā Qíngbào Fǎ' },
  aliases: [
    "China's National Intelligence Law",
    "National Intelligence Law of the People's Republic of China",
    '中华人民共和国国家情报法',
  ],
  summary: 'A 2017 law defining the powers of China\'s intelligence agencies; its duty on organisations and citizens to support and cooperate with intelligence work is often cited in debates over Chinese tech suppliers.',
  year: { value: 2017, source: 'https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/', note: 'adopted 27 June 2017' },
  issuer: 'NPC Standing Committee',
  goals: [
    'Establish a centralised, unified national intelligence system.',
    'Oblige organisations and citizens to support, assist and cooperate with intelligence work.',
  ],
  related: ['policy:cybersecurity-law'],
  sources: ['https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/', 'https://www.wita.org/blogs/beijings-national-intelligence-law/'],
} satisfies Policy;
