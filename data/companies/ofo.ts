import type { Company } from '../../src/data/schema';

export default {
  id: 'company:ofo',
  kind: 'company',
  name: 'Ofo',
  names: { zh: 'ofo小黄车', pinyin: 'ofo Xiǎo Huáng Chē' },
  aliases: ['Ofo bike sharing', 'ofo bike', '小黄车'],
  summary:
    'Beijing bike-sharing start-up begun by Peking University students that flooded cities at home and abroad with yellow dockless bicycles; backed by Didi, Xiaomi and Alibaba, it ran out of cash in 2018 and left millions of users waiting for their deposits.',
  founded: {
    value: 2014,
    source: 'https://en.wikipedia.org/wiki/Ofo_(company)',
    note: 'as a Peking University cycling-club project',
  },
  headquarters: 'city:beijing',
  founders: ['Dai Wei'],
  sectors: ['bike sharing', 'urban mobility'],
  listings: [],
  related: ['company:mobike', 'company:didi', 'company:alibaba', 'company:xiaomi', 'city:beijing'],
  sources: [
    'https://en.wikipedia.org/wiki/Ofo_(company)',
    'https://pandaily.com/company-behind-fallen-bike-sharing-unicorn-ofo-found-to-lack-executable-funds/',
  ],
  disputed: [
    {
      field: 'founded',
      values: [
        { value: 2014, source: 'https://en.wikipedia.org/wiki/Ofo_(company)' },
        { value: 2015, source: 'https://pandaily.com/company-behind-fallen-bike-sharing-unicorn-ofo-found-to-lack-executable-funds/' },
      ],
      note: 'The team started as a cycling project in 2014; the bike-sharing service launched in 2015.',
    },
  ],
} satisfies Company;
