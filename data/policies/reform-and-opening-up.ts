import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:reform-and-opening-up',
  kind: 'policy',
  name: 'Reform and Opening-up',
  names: { zh: '改革开放', zhHant: '改革開放', pinyin: 'Gǎigé Kāifàng' },
  aliases: [
    'reform and opening up',
    'Reform and Opening',
    'reform and opening policy',
    'reform and opening-up policy',
    'Chinese economic reform',
    'open-door policy',
  ],
  summary:
    "The economic reform and open-door course adopted at the Third Plenum of the Communist Party's 11th Central Committee (18-22 December 1978) under Deng Xiaoping, which shifted the party's central task from class struggle to economic construction and opened China to foreign trade and investment.",
  year: {
    value: 1978,
    source: 'https://spanish.china.org.cn/specials/china/2008-10/08/content_16580841.htm',
    note: 'Third Plenum of the 11th CPC Central Committee, 18-22 December 1978',
  },
  issuer: 'CPC Central Committee (Third Plenum of the 11th Central Committee)',
  goals: [
    'Make economic construction, not class struggle, the central task.',
    'Reform the planned economy step by step with market mechanisms.',
    'Open to foreign trade, capital and technology, starting with special economic zones.',
  ],
  related: ['policy:special-economic-zones', 'policy:five-year-plans', 'city:shenzhen'],
  sources: ['https://spanish.china.org.cn/specials/china/2008-10/08/content_16580841.htm', 'https://www.scmp.com/topics/deng-xiaoping'],
} satisfies Policy;
