import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:internet-plus',
  kind: 'policy',
  name: 'Internet Plus',
  names: { zh: '互联网+', zhHant: '互聯網+', pinyin: 'hùliánwǎng jiā' },
  aliases: ['Internet+', 'Internet-plus', 'Internet Plus action plan', 'Internet Plus strategy', '互联网+行动计划', '互联网加'],
  summary:
    "A national action plan, first put forward in Premier Li Keqiang's March 2015 government work report and detailed in State Council guiding opinions that July, to fuse mobile internet, cloud, big data and the Internet of Things with manufacturing, services and public administration.",
  year: {
    value: 2015,
    source: 'https://covid-19.chinadaily.com.cn/opinion/2015-03/09/content_19753596.htm',
    note: 'government work report, March 2015; State Council guiding opinions, July 2015',
  },
  issuer: 'State Council',
  goals: [
    'Make the internet basic infrastructure for every sector of the economy.',
    'Grow new internet-based business models such as e-commerce, industrial internet and online finance.',
    'Back mass entrepreneurship and innovation and improve public services online.',
  ],
  related: ['policy:mass-entrepreneurship', 'policy:13th-five-year-plan', 'policy:made-in-china-2025', 'policy:ai-plus'],
  sources: [
    'https://covid-19.chinadaily.com.cn/opinion/2015-03/09/content_19753596.htm',
    'https://italian.china.org.cn/china_key_words/2018-11/01/content_69468267.htm',
  ],
} satisfies Policy;
