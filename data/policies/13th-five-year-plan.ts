import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:13th-five-year-plan',
  kind: 'policy',
  name: '13th Five-Year Plan',
  names: { zh: '十三五规划', zhHant: '十三五規劃', pinyin: 'Shísānwǔ Guīhuà' },
  aliases: [
    '13th Five Year Plan',
    'Thirteenth Five-Year Plan',
    '13th FYP',
    '十三五',
    '第十三个五年规划',
  ],
  summary: 'The plan for 2016-2020, approved by the National People\'s Congress in March 2016, aiming to complete a "moderately prosperous society" through innovative, coordinated, green, open and shared development.',
  year: { value: 2016, source: 'https://fx361.cc/page/2016/0415/9126997.shtml', note: 'outline approved by the NPC on 16 March 2016' },
  issuer: "National People's Congress",
  period: { from: 2016, to: 2020 },
  goals: [
    'Double 2010 GDP and per-capita income by 2020 with medium-high growth.',
    'Make innovation the main growth driver; carry forward Made in China 2025 and Internet Plus.',
    'Raise the share of strategic emerging industries in the economy.',
    'Improve the environment and living standards.',
  ],
  related: ['policy:five-year-plans', 'policy:made-in-china-2025', 'policy:internet-plus', 'policy:strategic-emerging-industries'],
  sources: ['https://fx361.cc/page/2016/0415/9126997.shtml', 'https://global.chinadaily.com.cn/china/2016-01/01/content_22892916.htm'],
} satisfies Policy;
