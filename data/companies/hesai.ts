import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hesai',
  kind: 'company',
  name: 'Hesai Technology',
  names: { zh: '禾赛科技', zhHant: '禾賽科技', pinyin: 'Hésài Kējì' },
  aliases: ['Hesai', 'Hesai Group', '禾赛', '禾賽'],
  summary:
    'Shanghai lidar maker, the largest supplier of lidar sensors for cars with over a third of the global market, now also selling to robotics makers; listed on Nasdaq in 2023 and Hong Kong in 2025.',
  founded: { value: 2014, source: 'https://www.techspot.com/news/109547-lidar-maker-hesai-ceo-warns-society-not-ready.html' },
  headquarters: 'city:shanghai',
  founders: ['David Li (Li Yifan)', 'Sun Kai', 'Xiang Shaoqing'],
  sectors: ['lidar', 'autonomous driving sensors'],
  listings: [
    { exchange: 'NASDAQ', ticker: 'HSAI', since: 2023 },
    { exchange: 'HKEX', ticker: '2525', since: 2025 },
  ],
  related: ['city:shanghai', 'company:robosense', 'company:baidu', 'company:xiaomi', 'company:meituan'],
  sources: [
    'https://www.techspot.com/news/109547-lidar-maker-hesai-ceo-warns-society-not-ready.html',
    'https://www.weekinchina.com/2021/06/seeing-is-believing/',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2014, source: 'https://www.techspot.com/news/109547-lidar-maker-hesai-ceo-warns-society-not-ready.html' },
        { value: 2013, source: 'https://www.weekinchina.com/2021/06/seeing-is-believing/' },
      ],
      note: 'Started in Silicon Valley in 2013 and moved its headquarters to Shanghai in 2014.',
    },
  ],
} satisfies Company;
