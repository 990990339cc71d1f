import type { Company } from '../../src/data/schema';

export default {
  id: 'company:game-science',
  kind: 'company',
  name: 'Game Science',
  names: { zh: '游戏科学', zhHant: '遊戲科學', pinyin: 'Yóuxì Kēxué' },
  aliases: [{ text: 'Game Science', needsContext: 'common-word' }, 'Game Science Interactive', '游科互动'],
  summary:
    "Independent studio set up by former Tencent developers that made Black Myth: Wukong (2024), widely seen as China's first big-budget single-player console and PC hit. It keeps offices in Shenzhen and Hangzhou.",
  founded: {
    value: 2014,
    source: 'https://en.wikipedia.org/wiki/Game_Science',
    note: '13 June 2014',
  },
  headquarters: 'city:shenzhen',
  founders: ['Feng Ji', 'Yang Qi'],
  sectors: ['video games'],
  listings: [],
  related: ['city:shenzhen', 'city:hangzhou', 'company:tencent'],
  sources: [
    'https://en.wikipedia.org/wiki/Game_Science',
    'https://www.scmp.com/tech/big-tech/article/3275526/black-myth-wukongs-popularity-brings-unexpected-windfall-fame-low-profile-developer',
  ],
} satisfies Company;
