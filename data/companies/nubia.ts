import type { Company } from '../../src/data/schema';

export default {
  id: 'company:nubia',
  kind: 'company',
  name: 'Nubia Technology',
  names: { zh: '努比亚', zhHant: '努比亞', pinyin: 'Nǔbǐyà' },
  aliases: [{ text: 'Nubia', needsContext: 'place-name' }, { text: 'Red Magic', needsContext: 'common-word' }, 'ZTE Nubia', '努比亚技术'],
  summary:
    'Smartphone maker controlled by ZTE, started inside it as ZTE Mobile Telecom and spun out as a separate brand; it is best known for the Red Magic gaming phones.',
  founded: {
    value: 2012,
    source: 'https://www.scmp.com/tech/enterprises/article/1819590/chinas-nubia-becomes-independent-brand-gain-traction-red-hot',
    note: 'as ZTE Mobile Telecom',
  },
  headquarters: 'city:shenzhen',
  founders: ['Li Qiang'],
  sectors: ['smartphones', 'gaming phones', 'consumer electronics'],
  listings: [],
  parent: 'company:zte',
  related: ['company:zte', 'city:shenzhen'],
  sources: ['https://www.scmp.com/tech/enterprises/article/1819590/chinas-nubia-becomes-independent-brand-gain-traction-red-hot'],
} satisfies Company;
