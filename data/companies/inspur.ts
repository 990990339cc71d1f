import type { Company } from '../../src/data/schema';

export default {
  id: 'company:inspur',
  kind: 'company',
  name: 'Inspur',
  names: { zh: '浪潮集团', zhHant: '浪潮集團', pinyin: 'Làngcháo Jítuán' },
  aliases: [
    'Inspur Group',
    'Inspur Information',
    'Inspur Electronic Information',
    'Inspur Electronic Information Industry',
    'IEIT Systems',
    'Langchao',
    'Langchao Group',
    { text: '浪潮', needsContext: 'common-word' },
    '浪潮信息',
  ],
  summary:
    "State-owned IT group from Jinan and China's biggest server maker, a top-three vendor worldwide, also selling cloud and software services; the US added the group to its Entity List in 2023.",
  founded: {
    value: 1998,
    source: 'https://en.tmtpost.com/post/6714132',
    note: 'the listed Inspur Electronic Information, incorporated 27 October 1998; the parent Inspur Group dates from 1983',
  },
  headquarters: 'city:jinan',
  founders: [],
  sectors: ['servers', 'cloud computing', 'it services'],
  listings: [{ exchange: 'SZSE', ticker: '000977', since: 2000 }],
  related: ['city:jinan'],
  sources: ['https://en.tmtpost.com/post/6714132', 'https://global.chinadaily.com.cn/kindle/2017-05/21/content_29433201.htm'],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 1998, source: 'https://en.tmtpost.com/post/6714132' },
        { value: 1983, source: 'https://en.tmtpost.com/post/6714132' },
      ],
      note: 'The Shenzhen-listed server maker was incorporated in 1998; its controlling shareholder, Inspur Group, was founded in 1983.',
    },
  ],
} satisfies Company;
