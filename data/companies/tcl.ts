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
    source: 'https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/TCL_Corporation.html',
    note: 'as TTK, a cassette maker; renamed TCL in 1985',
  },
  headquarters: 'city:huizhou',
  founders: ['Li Dongsheng'],
  sectors: ['display panels', 'consumer electronics', 'televisions', 'photovoltaics'],
  listings: [
    { exchange: 'SZSE', ticker: '000100', since: 2004 },
    { exchange: 'HKEX', ticker: '1070' },
  ],
  employees: {
    value: 73537,
    unit: 'employees',
    year: 2015,
    source: 'https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/TCL_Corporation.html',
  },
  revenue: {
    value: 16.44e9,
    unit: 'USD',
    year: 2014,
    source: 'https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/TCL_Corporation.html',
  },
  related: ['company:boe', 'company:xiaomi', 'city:shenzhen', 'zone:greater-bay-area'],
  sources: [
    'https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/TCL_Corporation.html',
    'https://www.dcfmodeling.com/blogs/health/000100sz-financial-health',
    'https://nativeclients.com/YWEsrNzjbc/down/show-2121.html',
    'https://www.eagletribune.com/region/tcl-electronics-wins-best-ir-company-at-hkira-7th-investor-relations-awards-2021/article_c9a981ec-dc4a-5e6d-a2d0-839c1bd6e6a9.html',
  ],
  disputed: [
    {
      field: 'headquarters',
      values: [
        {
          value: 'Huizhou',
          source: 'https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/TCL_Corporation.html',
        },
        { value: 'Shenzhen', source: 'https://www.dcfmodeling.com/blogs/health/000100sz-financial-health' },
      ],
      note: 'TCL grew up in Huizhou; after the 2019 split, TCL Technology is described as Shenzhen-based.',
    },
  ],
} satisfies Company;
