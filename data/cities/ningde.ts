import type { City } from '../../src/data/schema';

export default {
  id: 'city:ningde',
  kind: 'city',
  name: 'Ningde',
  names: { zh: '宁德', zhHant: '寧德', pinyin: 'Níngdé' },
  aliases: ['Ningde City'],
  summary:
    'Coastal city in north-east Fujian that is the headquarters and main production base of CATL, the largest maker of electric-vehicle batteries.',
  province: 'Fujian',
  knownFor: ['ev batteries', 'lithium-ion batteries'],
  zones: [],
  related: ['company:catl', 'city:fuzhou'],
  sources: [
    'https://www.chinadaily.com.cn/a/202307/18/WS64b5c72ba31035260b816e4d_3.html',
    'https://www.economist.com/business/2025/05/20/chinas-battery-giant-eyes-world-domination',
  ],
} satisfies City;
