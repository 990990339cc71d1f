import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:torch-program',
  kind: 'policy',
  name: 'Torch Program',
  names: { zh: '火炬计划', zhHant: '火炬計劃', pinyin: 'Huǒjù Jìhuà' },
  aliases: ['Torch Plan', 'Torch Programme', 'Torch High Technology Industry Development Program', 'Torch High-Tech Program'],
  summary:
    'A national programme begun in August 1988 to commercialise research and grow high-tech industry, best known for creating the national high-tech industrial development zones and technology business incubators.',
  year: { value: 1988, source: 'https://english.china.org.cn/english/2003/Jul/71168.htm', note: 'initiated August 1988' },
  issuer: 'State Science and Technology Commission (now Ministry of Science and Technology), approved by the State Council',
  goals: [
    'Turn research results into products and industries.',
    'Build national high-tech industrial development zones and incubators.',
    'Internationalise Chinese high-tech industry.',
  ],
  related: ['policy:863-program'],
  sources: ['https://english.china.org.cn/english/2003/Jul/71168.htm', 'https://www.china.org.cn/english/2003/Sep/75302.htm'],
} satisfies Policy;
