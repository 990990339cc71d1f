import type { Company } from '../../src/data/schema';

const CHINA_DAILY = 'https://subsites.chinadaily.com.cn/xinjiang/2022-10/21/c_858755.htm';
const RECHARGE = 'https://www.rechargenews.com/wind/goldwind-drops-xinjiang-from-name-as-chinese-wind-giant-sets-global-sights/2-1-1485456';
const GOLDWIND_AMERICAS = 'https://www.goldwindamericas.com/news-pr';
const TELEGRAPH = 'https://www.telegraph.co.uk/business/2020/06/20/huawei-green-energy-chinas-goldwind-taking-turbine-world/';
const CHINA_TODAY = 'https://english.chinatoday.com.cn/2018/commentaries/202210/t20221021_800311025.html';

export default {
  id: 'company:goldwind',
  kind: 'company',
  name: 'Goldwind',
  names: { zh: '金风科技', zhHant: '金風科技', pinyin: 'Jīnfēng Kējì' },
  aliases: [
    'Goldwind Science & Technology',
    'Goldwind Science and Technology',
    'Xinjiang Goldwind',
    'Xinjiang Goldwind Science & Technology',
    '新疆金风科技',
  ],
  summary:
    "Wind-turbine maker that grew out of the Dabancheng wind farm near Urumqi and now vies with Vestas as the world's largest turbine supplier by volume; it dropped 'Xinjiang' from its official name in 2023.",
  founded: { value: 1998, source: CHINA_DAILY, note: 'by Wu Gang and colleagues; took the Goldwind name in 2001' },
  // The Telegraph (2020): still headquartered in Urumqi, the capital of Xinjiang.
  headquarters: 'Urumqi',
  founders: ['Wu Gang'],
  sectors: ['wind turbines', 'renewable energy'],
  listings: [
    { exchange: 'SZSE', ticker: '002202' },
    { exchange: 'HKEX', ticker: '2208' },
  ],
  related: ['company:mingyang-smart-energy', 'company:envision'],
  sources: [CHINA_DAILY, RECHARGE, TELEGRAPH, CHINA_TODAY, GOLDWIND_AMERICAS],
} satisfies Company;
