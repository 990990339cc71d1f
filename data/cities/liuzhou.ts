import type { City } from '../../src/data/schema';

export default {
  id: 'city:liuzhou',
  kind: 'city',
  name: 'Liuzhou',
  names: { zh: '柳州', pinyin: 'Liǔzhōu' },
  aliases: ['Liuzhou City'],
  summary: 'Industrial city in Guangxi and base of the SAIC-GM-Wuling car joint venture.',
  province: 'Guangxi',
  knownFor: ['automotive'],
  zones: [],
  related: ['company:saic-motor'],
  sources: ['https://www.atimes.com/article/china-july-industrial-profits-rise-buoyed-by-increased-sales-falling-costs/'],
} satisfies City;
