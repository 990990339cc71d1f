import type { Product } from '../../src/data/schema';

export default {
  id: 'product:kirin',
  kind: 'product',
  name: 'HiSilicon Kirin',
  names: { zh: '海思麒麟', pinyin: 'Hǎisī Qílín' },
  aliases: [
    { text: 'Kirin', needsContext: 'other-entity' },
    'Kirin 9000',
    'Kirin 9000S',
    'Kirin 990',
    'Kirin 980',
    'Kirin 910',
    'Huawei Kirin',
    '麒麟芯片',
    '麒麟9000S',
    '麒麟9000',
  ],
  summary: "HiSilicon's line of system-on-chip processors for Huawei phones, kept in-house rather than sold to other phone makers.",
  owner: 'company:hisilicon',
  category: 'chip',
  what: 'smartphone processors',
  launched: {
    value: 2014,
    source: 'https://www.androidheadlines.com/2018/09/kirin-chips-will-remain-exclusive-to-huawei-honor-devices.html',
    note: 'Kirin brand introduced with the Kirin 910 in 2014',
  },
  related: ['company:hisilicon', 'company:huawei', 'product:huawei-mate', 'company:smic'],
  sources: ['https://www.androidheadlines.com/2018/09/kirin-chips-will-remain-exclusive-to-huawei-honor-devices.html'],
} satisfies Product;
