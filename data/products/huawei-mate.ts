import type { Product } from '../../src/data/schema';

export default {
  id: 'product:huawei-mate',
  kind: 'product',
  name: 'Huawei Mate',
  names: { zh: '华为Mate', zhHant: '華為Mate' },
  aliases: ['Mate series', 'Ascend Mate', 'Mate 60', 'Mate 60 Pro', 'Mate 70', 'Mate X'],
  summary:
    "Huawei's large-screen flagship phone line; the Mate 60 Pro, with a Chinese-made 5G chip, marked Huawei's comeback under US sanctions.",
  owner: 'company:huawei',
  category: 'device',
  what: 'flagship smartphone line',
  launched: {
    value: 2013,
    source: 'https://www.androidcentral.com/hands-huawei-ascend-mate',
    note: 'first model, the Ascend Mate, announced at CES in January 2013 and on sale that year',
  },
  related: ['company:huawei', 'company:hisilicon', 'product:harmonyos', 'product:huawei-pura'],
  sources: [
    'https://www.androidcentral.com/hands-huawei-ascend-mate',
    'https://www.hardwarezone.com.sg/review-huawei-ascend-mate-bigger-always-better/performance-and-conclusion-155',
  ],
} satisfies Product;
