import type { Company } from '../../src/data/schema';

export default {
  id: 'company:hygon',
  kind: 'company',
  name: 'Hygon Information Technology',
  names: { zh: '海光信息', pinyin: 'Hǎiguāng Xìnxī' },
  aliases: ['Hygon', 'HiGon', 'Haiguang', 'Hygon Information', '海光', '海光信息技术'],
  summary:
    'Chinese designer of x86-compatible server CPUs, built on AMD Zen technology licensed through a 2016 joint venture, and of DCU AI accelerators; listed on the STAR Market in 2022. A plan announced in May 2025 for Hygon to absorb its largest shareholder, the server maker Sugon, by share swap was called off in December 2025.',
  founded: {
    value: 2014,
    source: 'https://www.scmp.com/tech/tech-war/article/3311838/sugon-hygon-merger-latest-sign-consolidation-chinas-computing-sector',
  },
  headquarters: 'city:beijing',
  founders: [],
  sectors: ['cpu design', 'ai accelerators'],
  listings: [{ exchange: 'SSE STAR', ticker: '688041', since: 2022 }],
  revenue: {
    value: 2_310_000_000,
    unit: 'CNY',
    year: 2021,
    source: 'https://pandaily.com/leading-chinese-cpu-firm-hygon-listed-to-shanghais-star-market',
  },
  related: ['company:loongson', 'city:beijing', 'city:tianjin', 'policy:star-market'],
  sources: [
    'https://www.trendforce.com/news/2025/12/11/news-chinas-us16-4b-chip-megamerger-collapses-as-hygon-and-sugon-call-off-deal',
    'https://pandaily.com/leading-chinese-cpu-firm-hygon-listed-to-shanghais-star-market',
    'https://m.tmtpost.com/6219033.html',
    'https://en.wikipedia.org/wiki/AMD%E2%80%93Chinese_joint_venture',
    'https://www.scmp.com/tech/tech-war/article/3311838/sugon-hygon-merger-latest-sign-consolidation-chinas-computing-sector',
  ],
} satisfies Company;
