import type { Company } from '../../src/data/schema';

export default {
  id: 'company:01-ai',
  kind: 'company',
  name: '01.AI',
  names: { zh: '零一万物', zhHant: '零一萬物', pinyin: 'Língyī Wànwù' },
  aliases: ['01 AI', '01AI', 'Lingyi Wanwu', 'Zero One Everything'],
  summary:
    'Beijing AI start-up founded by Kai-Fu Lee in 2023; its first open-source bilingual model, Yi-34B, came out that November, when an Alibaba Cloud-led round valued it at over US$1 billion.',
  founded: {
    value: 2023,
    source: 'https://techcrunch.com/2023/11/05/valued-at-1b-kai-fu-lees-llm-startup-unveils-open-source-model/',
    note: 'launched by Kai-Fu Lee in late March 2023',
  },
  headquarters: 'city:beijing',
  founders: ['Kai-Fu Lee'],
  sectors: ['large language models', 'enterprise ai'],
  listings: [],
  related: ['city:beijing', 'company:alibaba-cloud', 'company:alibaba'],
  sources: [
    'https://techcrunch.com/2023/11/05/valued-at-1b-kai-fu-lees-llm-startup-unveils-open-source-model/',
    'https://www.chinamoneynetwork.com/2023/11/07/kai-fu-lees-ai-firm-01-ai-hits-unicorn-status-with-alibaba-cloud-led-funding',
  ],
} satisfies Company;
