import type { Product } from '../../src/data/schema';

export default {
  id: 'product:kunpeng',
  kind: 'product',
  name: 'Huawei Kunpeng',
  names: { zh: '华为鲲鹏', zhHant: '華為鯤鵬', pinyin: 'Kūnpéng' },
  aliases: [{ text: 'Kunpeng', needsContext: 'other-entity' }, 'Kunpeng 920', 'Kunpeng 930', '鲲鹏920'],
  summary:
    "Huawei's Arm-based processors for servers and data centres, designed by HiSilicon and sold inside Huawei's TaiShan servers to reduce reliance on Intel chips.",
  owner: 'company:huawei',
  category: 'chip',
  what: 'Arm-based server processors',
  launched: {
    value: 2019,
    source: 'https://www.shine.cn/biz/tech/1901077757/',
    note: 'Kunpeng 920, January 2019',
  },
  related: ['company:huawei', 'company:hisilicon', 'product:ascend'],
  sources: ['https://www.shine.cn/biz/tech/1901077757/'],
} satisfies Product;
