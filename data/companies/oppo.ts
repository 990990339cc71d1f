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
  founded: { value: 2004, source: 'https://en.wikipedia.org/wiki/Oppo' },
  headquarters: 'city:dongguan',
  founders: ['Tony Chen'],
  sectors: ['smartphones', 'consumer electronics'],
  listings: [],
  related: ['company:vivo', 'company:xiaomi', 'company:huawei', 'city:dongguan'],
  sources: ['https://en.wikipedia.org/wiki/Oppo'],
} satisfies Company;
