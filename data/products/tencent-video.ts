import type { Product } from '../../src/data/schema';

export default {
  id: 'product:tencent-video',
  kind: 'product',
  name: 'Tencent Video',
  names: { zh: '腾讯视频', zhHant: '騰訊視頻', pinyin: 'Téngxùn Shìpín' },
  aliases: ['WeTV', 'v.qq.com'],
  summary:
    "Tencent's long-form streaming service for dramas, films, variety shows and animation, one of China's largest by paying members; its international version is WeTV.",
  owner: 'company:tencent',
  category: 'platform',
  what: 'video streaming service',
  launched: {
    value: 2011,
    source: 'https://en.wikipedia.org/wiki/Tencent_Video',
    note: 'April 2011',
  },
  headline: {
    value: 120_000_000,
    unit: 'users',
    year: 2022,
    source: 'https://en.wikipedia.org/wiki/Tencent_Video',
    note: 'paid subscribers, October 2022',
  },
  related: ['company:tencent', 'product:youku'],
  sources: [
    'https://en.wikipedia.org/wiki/Tencent_Video',
    'https://variety.com/2017/digital/asia/streaming-video-subscribers-hit-43-million-at-chinas-tencent-1202615443/',
  ],
} satisfies Product;
