import type { Company } from '../../src/data/schema';

export default {
  id: 'company:bgi-group',
  kind: 'company',
  name: 'BGI Group',
  names: { zh: '华大基因', zhHant: '華大基因', pinyin: 'Huádà Jīyīn' },
  aliases: [{ text: 'BGI', exactCase: true }, 'Beijing Genomics Institute', 'BGI Genomics', '华大集团', '華大集團'],
  summary:
    "Genome-sequencing group that began in Beijing as China's contribution to the Human Genome Project and moved to Shenzhen, where it grew into a maker of sequencers, prenatal and Covid tests and a contract research provider. Its handling of prenatal-test data and alleged military links have drawn controversy.",
  founded: { value: 1999, source: 'https://en.wikipedia.org/wiki/BGI_Group', note: '9 September 1999, in Beijing' },
  headquarters: 'city:shenzhen',
  founders: ['Wang Jian', 'Yu Jun', 'Yang Huanming', 'Liu Siqi'],
  sectors: ['genomics', 'gene sequencing', 'diagnostics', 'biotechnology'],
  listings: [],
  revenue: {
    value: 251_000_000,
    unit: 'USD',
    year: 2016,
    source: 'https://en.wikipedia.org/wiki/BGI_Group',
  },
  related: ['city:shenzhen', 'city:beijing'],
  sources: ['https://en.wikipedia.org/wiki/BGI_Group'],
} satisfies Company;
