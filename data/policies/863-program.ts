import type { Policy } from '../../src/data/schema';

export default {
  id: 'policy:863-program',
  kind: 'policy',
  name: '863 Program',
  names: { zh: '863计划', zhHant: '863計劃', pinyin: 'Bā Liù Sān Jìhuà' },
  aliases: [
    '863 Plan',
    '863 Programme',
    'Program 863',
    'State High-Tech Development Plan',
    'National High-tech R&D Program',
    'National High Technology Research and Development Program',
    'State High-Tech Research and Development Plan',
    'High-Tech Research and Development Program',
    '八六三计划',
  ],
  summary:
    'The State High-Tech Development Plan, proposed by four scientists in March 1986 and approved by Deng Xiaoping; it funded frontier research behind Loongson chips, Tianhe supercomputers and Shenzhou spacecraft until merged into the National Key R&D Program in 2016.',
  year: { value: 1986, source: 'https://en.wikipedia.org/wiki/863_Program', note: 'named for March 1986' },
  issuer: 'Central government (approved by Deng Xiaoping)',
  period: { from: 1986, to: 2016 },
  goals: [
    'Track and close the gap with world high technology.',
    'Fund work in biotech, space, IT, lasers, automation, energy and new materials.',
    'Reduce dependence on foreign technology.',
  ],
  related: ['policy:torch-program', 'company:loongson'],
  sources: ['https://en.wikipedia.org/wiki/863_Program'],
} satisfies Policy;
