import type { Company } from '../../src/data/schema';

export default {
  id: 'company:douyu',
  kind: 'company',
  name: 'DouYu',
  names: { zh: '斗鱼', zhHant: '鬥魚', pinyin: 'Dòuyú' },
  aliases: ['DouYu International', 'DouYu International Holdings', 'Douyu TV', '斗鱼直播'],
  summary:
    'Wuhan game live-streaming platform whose largest shareholder is Tencent; its founder Chen Shaojie was arrested in 2023 on suspicion of running a casino.',
  founded: {
    value: 2014,
    source:
      'https://english.ckgsb.edu.cn/story/chen-shaojie-how-a-video-gamer-became-the-founder-of-douyu-chinas-largest-video-live-streaming-platform/',
  },
  headquarters: 'city:wuhan',
  founders: ['Chen Shaojie'],
  sectors: ['live streaming', 'video games', 'esports'],
  listings: [],
  related: ['company:tencent', 'company:huya', 'city:wuhan', 'company:bilibili'],
  sources: [
    'https://english.ckgsb.edu.cn/story/chen-shaojie-how-a-video-gamer-became-the-founder-of-douyu-chinas-largest-video-live-streaming-platform/',
    'https://www.caixinglobal.com/2019-04-25/chart-of-the-day-how-overseas-based-douyu-can-run-an-internet-business-in-china-101408092.html',
    'https://yicaiglobal.com/news/douyus-biggest-backer-tencent-may-increase-oversight-of-gaming-platform-after-ceo-arrest-lawyer-says',
  ],
} satisfies Company;
