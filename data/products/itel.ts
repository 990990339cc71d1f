import type { Product } from '../../src/data/schema';

export default {
  id: 'product:itel',
  kind: 'product',
  name: 'itel',
  names: { zh: '传音itel' },
  aliases: ['itel Mobile'],
  summary: "Transsion's low-price phone brand, selling basic feature phones and cheap smartphones mainly in Africa and South Asia.",
  owner: 'company:transsion',
  category: 'device',
  what: 'entry-level phone brand for emerging markets',
  launched: {
    value: 2007,
    source: 'https://www.transsion.com/en/about/history.html',
    note: 'January 2007',
  },
  related: ['company:transsion', 'product:tecno'],
  sources: ['https://www.transsion.com/en/about/history.html'],
} satisfies Product;
