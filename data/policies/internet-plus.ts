import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:internet-plus',
  kind: 'policy',
  name: 'Internet Plus',
  names: { zh: '互联网+', zhHant: '互聯網+', pinyin: 'hùliánwǎng jiā' },
  aliases: [
    'Internet+',
    'Internet-plus',
    'Internet Plus action plan',
    'Internet Plus strategy',
    '互联网+行动计划',
    '互联网加',
  ],
  summary: 'A national action plan, first named in the 2015 government work report, to fuse mobile internet, cloud, big data and the Internet of Things with manufacturing, services and public administration.',
  year: { value: 2015, source: 'https://chinacopyrightandmedia.wordpress.com/2015/07/01/state-council-guiding-opinions-concerning-vigorously-moving-forward-the-internet-plus-plan/', note: 'State Council guiding opinions, July 2015' },
  issuer: 'State Council',
  goals: [
    'Make the internet basic infrastructure for every sector of the economy.',
    'Grow new internet-based business models such as e-commerce, industrial internet and online finance.',
    'Back mass entrepreneurship and innovation and improve public services online.',
  ],
  related: ['policy:mass-entrepreneurship', 'policy:13th-five-year-plan', 'policy:made-in-china-2025'],
  sources: ['https://chinacopyrightandmedia.wordpress.com/2015/07/01/state-council-guiding-opinions-concerning-vigorously-moving-forward-the-internet-plus-plan/'],
} satisfies Policy;
