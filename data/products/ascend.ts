import type { Product } from '../../src/data/schema';

export default {
  id: 'product:ascend',
  kind: 'product',
  name: 'Huawei Ascend',
  names: { zh: '昇腾', zhHant: '昇騰', pinyin: 'Shēngténg' },
  aliases: [{ text: 'Ascend', needsContext: 'common-word' }, 'Ascend 910', 'Ascend 910B', 'Ascend 910C', 'Ascend 310', 'Ascend 920'],
  summary:
    "Huawei's line of AI processors, designed by HiSilicon, that China's AI developers have turned to as US export controls restrict Nvidia chips.",
  owner: 'company:huawei',
  category: 'chip',
  what: 'AI accelerator chips for data centres and devices',
  launched: {
    value: 2019,
    source: 'https://www.scmp.com/tech/big-tech/article/3024064/huawei-unveils-new-ai-chip-aimed-growing-its-share-booming-cloud',
    note: 'Ascend 910 launched in August 2019; the line was first announced in 2018',
  },
  related: ['company:huawei', 'company:hisilicon', 'company:smic'],
  sources: ['https://www.scmp.com/tech/big-tech/article/3024064/huawei-unveils-new-ai-chip-aimed-growing-its-share-booming-cloud'],
} satisfies Product;
