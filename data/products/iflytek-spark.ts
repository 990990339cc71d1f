import type { Product } from '../../src/data/schema';

export default {
  id: 'product:iflytek-spark',
  kind: 'product',
  name: 'iFlytek Spark',
  names: { zh: '讯飞星火', zhHant: '訊飛星火', pinyin: 'Xùnfēi Xīnghuǒ' },
  aliases: ['SparkDesk', 'Spark Desk', 'iFLYTEK Spark', 'Xinghuo', 'Spark cognitive model'],
  summary: "iFlytek's large language model, pitched at education and enterprise use and trained on Huawei's Ascend chips.",
  owner: 'company:iflytek',
  category: 'ai-model',
  what: 'large language model aimed at education and business',
  launched: {
    value: 2023,
    source: 'https://www.globaltimes.cn/page/202305/1290259.shtml',
    note: 'unveiled in Hefei, May 2023',
  },
  related: ['company:iflytek', 'product:ascend', 'city:hefei'],
  sources: [
    'https://www.globaltimes.cn/page/202305/1290259.shtml',
    'https://technode.com/2023/05/08/iflytek-unveils-large-language-model-claims-it-outperforms-chatgpt/',
  ],
} satisfies Product;
