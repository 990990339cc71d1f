import type { Product } from '../../src/data/schema';

export default {
  id: 'product:huawei-pura',
  kind: 'product',
  name: 'Huawei Pura',
  names: { zh: '华为Pura', zhHant: '華為Pura' },
  aliases: ['Pura 70', 'Pura 80', 'Huawei Pura 70'],
  summary: "Huawei's photography-led flagship line, the renamed successor of its long-running P series.",
  owner: 'company:huawei',
  category: 'device',
  what: 'camera-focused flagship smartphone line',
  launched: {
    value: 2024,
    source: 'https://www.pcquest.com/tech-trends/huawei-pura-70-series-will-launch-with-a-triangular-camera-setup-company-confirms-4483164',
    note: 'April 2024, when the P series was renamed Pura',
  },
  related: ['company:huawei', 'product:huawei-mate', 'product:harmonyos'],
  sources: [
    'https://www.pcquest.com/tech-trends/huawei-pura-70-series-will-launch-with-a-triangular-camera-setup-company-confirms-4483164',
  ],
} satisfies Product;
