import type { Company } from '../../src/data/schema';

export default {
  id: 'company:baichuan-ai',
  kind: 'company',
  name: 'Baichuan AI',
  names: { zh: '百川智能', pinyin: 'Bǎichuān Zhìnéng' },
  aliases: ['Baichuan', 'Baichuan Intelligence', 'Baichuan Intelligent Technology'],
  summary:
    'Beijing large-language-model developer started by Sogou founder Wang Xiaochuan; after releasing open-weight Baichuan models it narrowed its focus in 2025 to medical AI.',
  founded: { value: 2023, source: 'https://time.com/7012775/wang-xiaochuan', note: 'April 2023' },
  headquarters: 'city:beijing',
  founders: ['Wang Xiaochuan'],
  sectors: ['large language models', 'medical ai'],
  listings: [],
  related: ['city:beijing', 'company:sohu', 'company:alibaba', 'company:tencent', 'company:moonshot-ai'],
  sources: ['https://time.com/7012775/wang-xiaochuan'],
} satisfies Company;
