import type { Company } from '../../src/data/schema';

export default {
  id: 'company:tcl',
  kind: 'company',
  name: 'TCL',
  names: { zh: 'TCL集团', zhHant: 'TCL集團' },
  // "Tcl" is the Tool Command Language: only the all-caps form is the company.
  aliases: [
    // Tcl the scripting language is often written TCL too ("TCL/Tk").
    { text: 'TCL', exactCase: true, needsContext: 'other-entity' },
    'TCL Technology',
    'TCL Technology Group',
    'TCL Corporation',
    'TCL Group',
    'TCL Electronics',
    'TCL CSOT',
    'TCL科技',
    'TCL实业',
  ],
  summary:
    'Guangdong electronics group that began as a cassette-tape maker in Huizhou; today TCL Technology makes display panels (CSOT) while a sister group sells TVs and phones.',
  founded: {
    value: 1981,
    source: 'https://en.wikipedia.org/wiki/TCL_Corporation',
    note: 'as TTK, a cassette maker; renamed TCL in 1985',
  },
  headquarters: 'city:huizhou',
  founders: ['Li Dongsheng'],
  sectors: ['display panels', 'consumer electronics', 'televisions', 'photovoltaics'],
  listings: [
    { exchange: 'SZSE', ticker: '000100', since: 2004 },
    { exchange: 'HKEX', ticker: '1070' },
  ],
  related: ['company:boe', 'company:xiaomi', 'city:shenzhen', 'zone:greater-bay-area'],
  sources: ['https://en.wikipedia.org/wiki/TCL_Corporation'],
} satisfies Company;
