import type { Company } from '../../src/data/schema';

export default {
  id: 'company:oppo',
  kind: 'company',
  name: 'OPPO',
  names: { zh: 'OPPO广东移动通信', zhHant: 'OPPO廣東移動通信' },
  // "oppo" is also US political slang for opposition research.
  aliases: [{ text: 'OPPO', needsContext: 'common-word' }, 'Guangdong Oppo Mobile Telecommunications', 'OPPO Mobile'],
  summary:
    'Dongguan smartphone maker that started with audio and Blu-ray players, once part of the BBK Electronics family, and now owns OnePlus.',
  founded: { value: 2004, source: 'https://sagapedia.com/en/Oppo' },
  headquarters: 'city:dongguan',
  founders: ['Tony Chen'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  related: ['company:vivo', 'company:xiaomi', 'company:huawei', 'city:dongguan'],
  sources: ['https://sagapedia.com/en/Oppo', 'https://www.peterfisk.com/gamechanger/oppo'],
  disputed: [
    {
      field: 'headquarters',
      values: [
        { value: 'Dongguan', source: 'https://sagapedia.com/en/Oppo' },
        { value: 'Shenzhen', source: 'https://daily5gnews.com/power-player/oppo' },
      ],
      note: 'The registered company is in Dongguan; some profiles place it in neighbouring Shenzhen.',
    },
    {
      field: 'founded',
      values: [
        { value: 2004, source: 'https://sagapedia.com/en/Oppo' },
        { value: 2001, source: 'https://techgarage.blog/person/tony-chen__trashed/' },
      ],
      note: 'The OPPO brand name was registered in 2001; the company launched in 2004.',
    },
  ],
} satisfies Company;
