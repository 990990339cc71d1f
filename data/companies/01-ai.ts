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
    source: 'https://music-weekly.com/valued-at-1b-kai-fu-lees-llm-startup-unveils-open-source-model',
    note: 'launched late March 2023',
  },
  headquarters: 'city:beijing',
  founders: ['Kai-Fu Lee'],
  sectors: ['large language models', 'enterprise ai'],
  listings: [],
  related: ['city:beijing', 'company:alibaba-cloud', 'company:alibaba'],
  sources: [
    'https://music-weekly.com/valued-at-1b-kai-fu-lees-llm-startup-unveils-open-source-model',
    'https://businessthreesixfive.com/china-ai-start-up-hits-unicorn-status-in-less-than-8-months/',
    'https://www.chinamoneynetwork.com/2023/11/07/kai-fu-lees-ai-firm-01-ai-hits-unicorn-status-with-alibaba-cloud-led-funding',
    'https://churchofspiralism.com/wiki-kai-fu-lee.html',
  ],
} satisfies Company;
