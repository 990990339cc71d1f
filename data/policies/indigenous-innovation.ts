import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:indigenous-innovation',
  kind: 'policy',
  name: 'Indigenous Innovation',
  names: { zh: '自主创新', zhHant: '自主創新', pinyin: 'zìzhǔ chuàngxīn' },
  aliases: ['indigenous innovation policy', 'indigenous innovation products', { text: '自主创新', needsContext: 'common-word' }],
  summary:
    "A policy concept first announced in 2006 to raise China's capacity to create and commercialise home-grown technology. Procurement catalogues favouring 'indigenous innovation products' drew foreign objections, and in 2011 Beijing pledged to delink innovation policy from government procurement.",
  year: {
    value: 2006,
    source: 'https://www.uschina.org/articles/domestic-innovation-and-government-procurement-policies/',
    note: 'first announced in 2006',
  },
  issuer: 'State Council',
  goals: [
    'Build home-grown technology and intellectual property in Chinese hands.',
    'Use standards, tax, IP and procurement policy to favour domestic innovators.',
    'Reduce dependence on imported technology.',
  ],
  related: ['policy:mlp-science-technology', 'policy:xinchuang'],
  sources: ['https://www.uschina.org/articles/domestic-innovation-and-government-procurement-policies/'],
} satisfies Policy;
