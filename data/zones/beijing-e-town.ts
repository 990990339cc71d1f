import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:beijing-e-town',
  kind: 'zone',
  name: 'Beijing Economic-Technological Development Area',
  names: { zh: '北京经济技术开发区', zhHant: '北京經濟技術開發區', pinyin: 'Běijīng Jīngjì Jìshù Kāifāqū' },
  aliases: [
    'Beijing E-Town',
    { text: 'E-Town', needsContext: 'place-name' },
    'Yizhuang',
    'Beijing Economic and Technological Development Area',
    '亦庄',
    '北京亦庄',
  ],
  summary:
    'State-level development zone in south-east Beijing, also called Beijing E-Town or Yizhuang, that has become the city’s main base for humanoid and other robots; it hosted the first humanoid-robot half-marathon in 2025.',
  zoneType: 'park',
  city: 'city:beijing',
  focus: ['robotics', 'humanoid robots', 'embodied AI'],
  related: ['zone:jing-jin-ji'],
  sources: [
    'https://africa.chinadaily.com.cn/a/202504/16/WS67ff047ca3104d9fd381f8ab.html',
    'https://en.people.cn/n3/2025/0618/c90000-20329536.html',
  ],
} satisfies Zone;
