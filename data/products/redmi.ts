import type { Product } from '../../src/data/schema';

export default {
  id: 'product:redmi',
  kind: 'product',
  name: 'Redmi',
  names: { zh: '红米', zhHant: '紅米', pinyin: 'Hóngmǐ' },
  aliases: ['Redmi Note', 'Xiaomi Redmi', 'Hongmi'],
  summary:
    "Xiaomi's value-for-money phone line, spun off as a separate brand so that the Xiaomi name could move up-market; strong in India and other emerging markets.",
  owner: 'company:xiaomi',
  category: 'device',
  what: 'budget and mid-range smartphone brand',
  launched: {
    value: 2013,
    source: 'https://www.scmp.com/abacus/who-what/what/article/3028259/xiaomi-spin-redmi-wants-own-budget-phone-market',
    note: 'first phone, the Redmi 1, in 2013; an independent brand since 2019',
  },
  related: ['company:xiaomi', 'product:miui', 'product:hyperos'],
  sources: ['https://www.scmp.com/abacus/who-what/what/article/3028259/xiaomi-spin-redmi-wants-own-budget-phone-market'],
} satisfies Product;
