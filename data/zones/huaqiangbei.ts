import type { Zone } from '../../src/data/schema';

export default {
  id: 'zone:huaqiangbei',
  kind: 'zone',
  name: 'Huaqiangbei',
  names: { zh: '华强北', zhHant: '華強北', pinyin: 'Huáqiáng Běi' },
  aliases: ['Huaqiang North', 'Hua Qiang Bei', 'Huaqiangbei electronics market'],
  summary:
    'Area of Shenzhen’s Futian district, a former industrial park turned into China’s largest marketplace for electronic components and gadgets.',
  zoneType: 'district',
  city: 'city:shenzhen',
  focus: ['electronic components trade', 'consumer electronics'],
  related: ['zone:shenzhen-hi-tech-park'],
  sources: ['https://www.globaltimes.cn/content/1089226.shtml'],
} satisfies Zone;
