import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:mlp-science-technology',
  kind: 'policy',
  name: 'Medium- and Long-Term Plan for Science and Technology Development',
  names: {
    zh: '国家中长期科学和技术发展规划纲要',
    zhHant: '國家中長期科學和技術發展規劃綱要',
    pinyin: 'Guójiā Zhōng Chángqī Kēxué hé Jìshù Fāzhǎn Guīhuà Gāngyào',
  },
  aliases: [
    'National Medium- and Long-Term Program for Science and Technology Development',
    'National Medium- and Long-Term Plan for Science and Technology Development',
    'Medium- and Long-Term Program for Science and Technology Development',
    'Medium and Long-Term Plan for Science and Technology Development',
    'Medium to Long-Term Plan for the Development of Science and Technology',
    'Medium- and Long-Term Plan for the Development of Science and Technology',
    { text: 'MLP', needsContext: 'abbreviation', exactCase: true },
  ],
  summary:
    'The 15-year science and technology plan issued by the State Council in February 2006, setting R&D, technology self-reliance and patent targets for 2020 across priority sectors from energy to IT.',
  year: {
    value: 2006,
    source: 'https://global.chinadaily.com.cn/english/doc/2006-02/09/content_518584.htm',
    note: 'issued 9 February 2006',
  },
  issuer: 'State Council',
  period: { from: 2006, to: 2020 },
  goals: [
    'Raise R&D spending to 2.5% of GDP by 2020.',
    'Cut reliance on foreign technology to 30% or less.',
    'Get science and technology to contribute 60% or more of growth.',
  ],
  related: [],
  sources: ['https://global.chinadaily.com.cn/english/doc/2006-02/09/content_518584.htm'],
} satisfies Policy;
