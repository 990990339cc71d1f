import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:low-altitude-economy',
  kind: 'policy',
  name: 'Low-Altitude Economy',
  names: { zh: '低空经济', zhHant: '低空經濟', pinyin: 'dīkōng jīngjì' },
  aliases: ['low altitude economy', 'low-altitude economic development'],
  summary:
    'The promotion of drones, eVTOL air taxis and other low-altitude flight as a strategic emerging industry: named at the December 2023 Central Economic Work Conference, written into the government work report in March 2024, and given its own NDRC department in December 2024. The sector was worth about 506 billion yuan in 2023.',
  year: {
    value: 2024,
    source: 'https://en.people.cn/n3/2024/1223/c90000-20257324.html',
    note: 'in the government work report from March 2024',
  },
  issuer: 'State Council (government work report); NDRC Low-Altitude Economy Development Department',
  goals: [
    'Build infrastructure, air routes and airspace management for low-altitude flight.',
    'Grow drone logistics, air taxis and other commercial uses.',
    'Make the low-altitude economy a new growth engine.',
  ],
  related: ['policy:new-quality-productive-forces', 'policy:strategic-emerging-industries', 'company:dji'],
  sources: [
    'https://en.people.cn/n3/2024/1223/c90000-20257324.html',
    'https://yicaiglobal.com/news/chinas-ndrc-sets-up-new-low-altitude-economy-development-department',
    'https://mini.caixin.com/2024-07-08/102213836.html',
  ],
} satisfies Policy;
