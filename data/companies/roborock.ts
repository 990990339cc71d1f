import type { Company } from '../../src/data/schema';

export default {
  id: 'company:roborock',
  kind: 'company',
  name: 'Roborock',
  names: { zh: '石头科技', zhHant: '石頭科技', pinyin: 'Shítou Kējì' },
  aliases: ['Roborock Technology', 'Beijing Roborock', 'Beijing Roborock Technology', { text: 'Stone Technology', needsContext: 'other-entity' }],
  summary:
    "Beijing robot-vacuum maker that designed Xiaomi's first Mi robot vacuum before building its own global brand; founded by former Baidu product manager Richard Chang.",
  founded: { value: 2014, source: 'https://en.eloutput.com/news/Home/roborock-xiaomi-brands/', note: 'July 2014' },
  headquarters: 'city:beijing',
  founders: ['Richard Chang (Chang Jing)'],
  sectors: ['home robots', 'robot vacuums'],
  listings: [{ exchange: 'SSE STAR', ticker: '688169' }],
  related: ['city:beijing', 'company:xiaomi', 'company:ecovacs', 'company:baidu'],
  sources: [
    'https://en.eloutput.com/news/Home/roborock-xiaomi-brands/',
    'https://www.businessinsider.de/anzeige/roborock-anzeige/was-saugrobotor-mit-elektrischen-zahnbuersten-zu-tun-haben/',
    'https://cnrobopedia.com/tag/ecovacs/',
    'https://www.techtongbo.com/post/xiaomi-robot-vacuum-cleaner-product-history-introduction',
    'https://www.scitycase.com/en/%e7%9f%b3%e5%a4%b4%e7%a7%91%e6%8a%80%e6%98%8c%e6%95%ac%ef%bc%9a%e6%89%ab%e5%9c%b0%e6%9c%ba%e5%99%a8%e4%ba%ba%e4%ba%a7%e4%b8%9a%e9%9d%a9%e5%91%bd%e8%80%85/',
  ],
} satisfies Company;
