import type { Company } from '../../src/data/schema';

export default {
  id: 'company:01-ai',
  kind: 'company',
  name: '01.AI',
  names: { zh: '零一万物', zhHant: '零一萬物', pinyin: 'Língyī Wànwù' },
  aliases: ['01 AI', '01AI', 'Lingyi Wanwu', 'Zero One Everything'],
  summary:
    "Beijing AI company founded by Kai-Fu Lee that released the open-source bilingual Yi models and later turned to enterprise AI products; an Alibaba Cloud-led round made it a unicorn within months.",
  founded: {
    value: 2023,
    source: 'https://techreport.com/news/chinese-ai-startup-01-ai-seeks-200-million-in-funding/',
    note: 'officially launched in July 2023 after a three-month incubation',
  },
  headquarters: 'city:beijing',
  founders: ['Kai-Fu Lee'],
  sectors: ['large language models', 'enterprise ai'],
  listings: [],
  related: ['city:beijing', 'company:alibaba-cloud', 'company:alibaba'],
  sources: [
    'https://techreport.com/news/chinese-ai-startup-01-ai-seeks-200-million-in-funding/',
    'https://www.chinamoneynetwork.com/2023/11/07/kai-fu-lees-ai-firm-01-ai-hits-unicorn-status-with-alibaba-cloud-led-funding',
  ],
} satisfies Company;
