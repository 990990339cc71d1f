import type { Company } from '../../src/data/schema';

const WIKI = 'https://en.wikipedia.org/wiki/Nexperia';
const CAIXIN =
  'https://www.caixinglobal.com/2025-10-13/wingtech-loses-control-of-dutch-chipmaker-nexperia-after-government-freeze-102371009.html';
const TELEGRAAF = 'https://www.telegraaf.nl/financieel/2725968/nieuwe-chinese-eigenaar-chipbedrijf-nexperia';

export default {
  id: 'company:nexperia',
  kind: 'company',
  name: 'Nexperia',
  names: { zh: '安世半导体', zhHant: '安世半導體', pinyin: 'Ānshì Bàndǎotǐ' },
  aliases: ['Nexperia B.V.'],
  summary:
    "Nijmegen maker of basic chips (diodes, transistors, MOSFETs, logic) used in cars and electronics, carved out of NXP's standard-products unit and owned by China's Wingtech; the Dutch government froze Wingtech's control of it in autumn 2025.",
  founded: { value: 2017, source: WIKI, note: 'after NXP divested its standard-products business' },
  headquarters: 'Nijmegen',
  founders: [],
  sectors: ['semiconductors', 'discrete chips', 'automotive chips'],
  listings: [],
  parent: 'company:wingtech',
  employees: { value: 14_000, unit: 'employees', year: 2022, source: WIKI },
  revenue: { value: 2_100_000_000, unit: 'USD', year: 2022, source: WIKI },
  related: ['company:wingtech'],
  sources: [WIKI, CAIXIN, TELEGRAAF],
  disputed: [
    {
      field: 'acquired by Wingtech',
      values: [
        { value: 2019, source: 'https://en.wikipedia.org/wiki/Wingtech' },
        { value: 2018, source: CAIXIN },
      ],
      note: 'Sources date the takeover differently; it was paid for in more than one step.',
    },
  ],
} satisfies Company;
