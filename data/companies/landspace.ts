import type { Company } from '../../src/data/schema';

const INDIA_TODAY =
  'https://www.indiatoday.in/science/story/chinas-landspace-set-to-launch-space-rocket-powered-by-methane-2472150-2023-12-05';
const ASIA_FINANCIAL = 'https://www.asiafinancial.com/chinas-landspace-counts-down-to-final-methane-rocket-test';

export default {
  id: 'company:landspace',
  kind: 'company',
  name: 'LandSpace',
  names: { zh: '蓝箭航天', zhHant: '藍箭航天', pinyin: 'Lánjiàn Hángtiān' },
  aliases: ['LandSpace Technology', 'Landspace Technology Corporation', '蓝箭航天空间科技'],
  summary:
    "Beijing private rocket company, one of the first after China opened launch services to private capital in 2014; its Zhuque-2, launched in July 2023, was the world's first methane and liquid-oxygen rocket to fly successfully, and it is working toward reusable rockets.",
  founded: { value: 2015, source: INDIA_TODAY },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['commercial space', 'launch vehicles'],
  listings: [],
  related: ['city:beijing'],
  sources: [INDIA_TODAY, ASIA_FINANCIAL],
} satisfies Company;
