import type { Product } from '../../src/data/schema';

export default {
  id: 'product:hima',
  kind: 'product',
  name: 'Harmony Intelligent Mobility Alliance',
  names: { zh: '鸿蒙智行', zhHant: '鴻蒙智行' },
  aliases: [{ text: 'HIMA', needsContext: 'abbreviation', exactCase: true }, 'Harmony Intelligent Mobility'],
  summary:
    'Sales network and alliance led by Huawei in which carmakers build vehicles with Huawei software, driving systems and design help; members include AITO, Luxeed, Stelato and Maextro.',
  owner: 'company:huawei',
  category: 'platform',
  what: 'alliance of car brands built with Huawei technology',
  launched: {
    value: 2023,
    source: 'https://en.wikipedia.org/wiki/Harmony_Intelligent_Mobility_Alliance',
    note: 'established 2023',
  },
  related: ['company:huawei', 'company:seres', 'product:aito', 'product:harmonyos'],
  sources: ['https://en.wikipedia.org/wiki/Harmony_Intelligent_Mobility_Alliance'],
} satisfies Product;
