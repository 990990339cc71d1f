import type { City } from '../../src/data/schema';

export default {
  id: 'city:haikou',
  kind: 'city',
  name: 'Haikou',
  names: { zh: '海口', pinyin: 'Hǎikǒu' },
  aliases: ['Haikou City'],
  summary:
    'Capital of the island province of Hainan and centre of the Hainan free trade zone and port project; its Jiangdong New District was set up in 2018 as the showcase.',
  province: 'Hainan',
  knownFor: ['free trade port', 'tourism'],
  zones: [],
  related: ['policy:pilot-free-trade-zones'],
  sources: ['https://english.www.gov.cn/news/top_news/2018/06/04/content_281476171446900.htm'],
} satisfies City;
