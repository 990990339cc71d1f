import type { Company } from '../../src/data/schema';

export default {
  id: 'company:didi',
  kind: 'company',
  name: 'DiDi',
  names: { zh: '滴滴出行', pinyin: 'Dīdī Chūxíng' },
  aliases: ['Didi Chuxing', 'DiDi Global', 'Didi Global', 'Didi Dache', { text: 'DiDi', needsContext: 'person-name' }, '滴滴'],
  summary:
    "Beijing ride-hailing company that absorbed rival Kuaidi Dache and Uber's China arm; a data-security probe began days after its 2021 New York IPO and it delisted in 2022.",
  founded: { value: 2012, source: 'https://en.wikipedia.org/wiki/Didi_Dache?oldid=717169534', note: 'June 2012 in Beijing, as Didi Dache' },
  headquarters: 'city:beijing',
  founders: ['Cheng Wei', 'Jean Liu (Liu Qing)'],
  sectors: ['ride-hailing', 'mobility', 'autonomous driving'],
  listings: [],
  status: {
    state: 'delisted',
    year: 2022,
    note: 'Shareholders voted in May 2022 to leave the New York Stock Exchange, a year after listing, amid a cybersecurity review; the delisting filing was planned from 2 June.',
    source: 'https://www.businesslive.co.za/bd/companies/2022-05-23-didi-shareholders-vote-for-new-york-delisting/',
  },
  related: [
    'company:tencent',
    'company:alibaba',
    'company:meituan',
    'city:beijing',
    'policy:cybersecurity-law',
    'policy:data-security-law',
  ],
  sources: [
    'https://en.wikipedia.org/wiki/Uber_China',
    'https://pandaily.com/didi-to-vote-on-delisting-of-u-s-stocks-on-may-23',
    'https://www.businesslive.co.za/bd/companies/2022-05-23-didi-shareholders-vote-for-new-york-delisting/',
    'https://en.wikipedia.org/wiki/Didi_Dache?oldid=717169534',
  ],
} satisfies Company;
