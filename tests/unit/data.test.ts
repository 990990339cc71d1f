import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRelations, companiesHeadquarteredIn, relatedTo, withDerived } from '../../src/data/derived';
import { entities } from '../../src/data/index';
import type { City, Company, Entity, Policy, Product, Publisher, Zone } from '../../src/data/schema';
import { publisherLookup, publishers } from '../../src/data/publishers';
import { coverageIdsOf, validateDataset, validatePublishers } from '../../src/data/validate';
import { hasShared, sharedPath } from '../shared-dir';
import { INDEX_FILE, misnamedFiles, renderIndex } from '../../src/cli/data-index';

describe('the real dataset', () => {
  it('validates, every source from a registered publisher', () => {
    expect(validateDataset(entities, { publishers })).toEqual([]);
  });
  it.skipIf(!hasShared('coverage.json', 'the coverage ids check'))('holds every coverage id', () => {
    const coverageIds = coverageIdsOf(JSON.parse(readFileSync(sharedPath('coverage.json'), 'utf8')));
    expect(validateDataset(entities, { coverageIds, publishers })).toEqual([]);
  });
  it('holds at least 400 entities, 60 of them products', () => {
    expect(entities.length).toBeGreaterThanOrEqual(400);
    expect(entities.filter((e) => e.kind === 'product').length).toBeGreaterThanOrEqual(60);
  });
  it('gives a city a GDP only for 2024 or later: an older figure is left out, not shown as current', () => {
    const stale = entities.flatMap((e) => (e.kind === 'city' && e.gdp && e.gdp.year < 2024 ? [`${e.id} ${e.gdp.year}`] : []));
    expect(stale).toEqual([]);
  });
  it('lists every entity module in the generated data/index.ts, each named for its id', () => {
    expect(misnamedFiles()).toEqual([]);
    expect(readFileSync(INDEX_FILE, 'utf8'), 'data/index.ts is stale: run `npm run data:index`').toBe(renderIndex());
  });
  it('derives Hangzhou as home of Alibaba', () => {
    expect(companiesHeadquarteredIn('city:hangzhou')).toContain('company:alibaba');
  });
});

// A small valid world; each broken fixture changes one thing in it.
const SRC = 'https://example.org/page' as const;
const city: City = {
  id: 'city:alpha',
  kind: 'city',
  name: 'Alpha',
  names: { zh: '阿尔法' },
  aliases: ['Alpha City'],
  summary: 'A city.',
  related: [],
  sources: [SRC],
  province: 'Somewhere',
  population: { value: 1_000_000, unit: 'people', year: 2020, source: SRC },
  knownFor: ['testing'],
  zones: ['zone:alpha-park'],
};
const zone: Zone = {
  id: 'zone:alpha-park',
  kind: 'zone',
  name: 'Alpha Park',
  names: { zh: '阿尔法园' },
  aliases: [],
  summary: 'A park.',
  related: [],
  sources: [SRC],
  zoneType: 'park',
  city: 'city:alpha',
  focus: ['software'],
};
const region: Zone = {
  id: 'zone:alpha-region',
  kind: 'zone',
  name: 'Alpha Region',
  names: { zh: '阿尔法区域' },
  aliases: [],
  summary: 'A region.',
  related: [],
  sources: [SRC],
  zoneType: 'region',
  cities: ['city:alpha'],
  focus: [],
};
const company: Company = {
  id: 'company:acme',
  kind: 'company',
  name: 'Acme',
  names: { zh: '阿克米' },
  aliases: [{ text: 'ACME', exactCase: true }],
  summary: 'A company.',
  related: ['policy:plan'],
  sources: [SRC],
  founded: { value: 2001, source: SRC },
  headquarters: 'city:alpha',
  founders: [],
  sectors: ['widgets'],
  listings: [],
};
const policy: Policy = {
  id: 'policy:plan',
  kind: 'policy',
  name: 'The Plan',
  names: { zh: '计划' },
  aliases: [{ text: 'Plan', needsContext: 'common-word' }],
  summary: 'A plan.',
  related: [],
  sources: [SRC],
  year: { value: 2015, source: SRC },
  issuer: 'State Council',
  period: { from: 2016, to: 2020 },
  goals: ['Plan things.'],
};
const product: Product = {
  id: 'product:acme-app',
  kind: 'product',
  name: 'Acme App',
  names: { zh: '阿克米应用' },
  aliases: [],
  summary: 'An app.',
  related: [],
  sources: [SRC],
  owner: 'company:acme',
  category: 'app',
  what: 'widget app',
  launched: { value: 2011, source: SRC },
  headline: { value: 12, unit: 'percent', year: 2024, source: SRC, note: 'market share' },
};
const world: readonly Entity[] = [city, zone, region, company, policy, product];
const REGISTRY: readonly Publisher[] = [{ id: 'example', name: 'Example', kind: 'reference', domains: ['example.org'] }];
const validate = (list: readonly Entity[], ids?: readonly string[]) =>
  validateDataset(list, { currentYear: 2026, coverageIds: ids, publishers: REGISTRY });
const replace = (changed: Entity): Entity[] => world.map((e) => (e.id === changed.id ? changed : e));

describe('validateDataset on fixtures', () => {
  it('accepts the valid fixture world', () => {
    expect(
      validate(
        world,
        world.map((e) => e.id),
      ),
    ).toEqual([]);
  });

  const broken: [string, () => string[], string][] = [
    ['duplicate id', () => validate([...world, company]), 'company:acme.id: duplicate id'],
    [
      'dangling related id',
      () => validate(replace({ ...company, related: ['policy:nope'] })),
      'company:acme.related[0]: unknown id "policy:nope"',
    ],
    [
      'http source',
      () => validate(replace({ ...company, sources: ['http://example.org' as `https://${string}`] })),
      'company:acme.sources[0]: source must be an https URL',
    ],
    [
      'http fact source',
      () => validate(replace({ ...company, founded: { value: 2001, source: 'http://x.org' as `https://${string}` } })),
      'company:acme.founded.source:',
    ],
    [
      'malformed URL',
      () => validate(replace({ ...company, sources: ['https://not a url' as `https://${string}`] })),
      'company:acme.sources[0]: malformed URL',
    ],
    [
      'unmarked alias collision',
      () => validate(replace({ ...policy, aliases: ['Acme'] })),
      'policy:plan.aliases[0]: "Acme" also names company:acme.name',
    ],
    [
      'bad founding year',
      () => validate(replace({ ...company, founded: { value: 1066, source: SRC } })),
      'company:acme.founded: year 1066 outside 1800..2026',
    ],
    [
      'future founding year',
      () => validate(replace({ ...company, founded: { value: 2031, source: SRC } })),
      'company:acme.founded: year 2031',
    ],
    [
      'bad figure year',
      () => validate(replace({ ...city, population: { value: 5, unit: 'people', year: 1950, source: SRC } })),
      'city:alpha.population.year: year 1950',
    ],
    [
      'non-positive figure',
      () => validate(replace({ ...city, population: { value: 0, unit: 'people', year: 2020, source: SRC } })),
      'city:alpha.population.value: must be positive',
    ],
    [
      'reversed period',
      () => validate(replace({ ...policy, period: { from: 2020, to: 2016 } })),
      'policy:plan.period: from 2020 is after to 2016',
    ],
    ['missing zh name', () => validate(replace({ ...company, names: { zh: '' } })), 'company:acme.names.zh: missing Chinese characters'],
    [
      'zh name without Chinese',
      () => validate(replace({ ...company, names: { zh: 'Acme' } })),
      'company:acme.names.zh: missing Chinese characters',
    ],
    ['missing coverage id', () => validate(world, ['company:absent']), 'company:absent.id: missing: required by coverage'],
    ['empty summary', () => validate(replace({ ...company, summary: ' ' })), 'company:acme.summary: empty'],
    ['no sources', () => validate(replace({ ...company, sources: [] })), 'company:acme.sources: needs at least one source'],
    [
      'prefix not matching kind',
      () => validate([...world, { ...policy, id: 'company:plan2' } as unknown as Entity]),
      'company:plan2.id: prefix "company" does not match kind "policy"',
    ],
    [
      'uppercase slug',
      () => validate([...world, { ...policy, id: 'policy:Plan2', name: 'Plan Two', names: { zh: '计划二' }, aliases: [] } as Entity]),
      'policy:Plan2.id: slug "Plan2" must be lowercase',
    ],
    ['dangling city zone', () => validate(replace({ ...city, zones: ['zone:nope'] })), 'city:alpha.zones[0]: unknown id "zone:nope"'],
    [
      'wrong kind of reference',
      () => validate(replace({ ...zone, city: 'company:acme' as `city:${string}` })),
      'zone:alpha-park.city: "company:acme" is not a city id',
    ],
    [
      'dangling region city',
      () => validate(replace({ ...region, cities: ['city:nope'] } as Zone)),
      'zone:alpha-region.cities[0]: unknown id "city:nope"',
    ],
    [
      'dangling headquarters id',
      () => validate(replace({ ...company, headquarters: 'city:nope' })),
      'company:acme.headquarters: unknown id "city:nope"',
    ],
    [
      'headquarters by name',
      () => validate(replace({ ...company, headquarters: 'Alpha' })),
      'company:acme.headquarters: "Alpha" is in the dataset: use "city:alpha"',
    ],
    ['dangling parent', () => validate(replace({ ...company, parent: 'company:nope' })), 'company:acme.parent: unknown id "company:nope"'],
    [
      'dangling acquirer',
      () => validate(replace({ ...company, status: { state: 'acquired', year: 2019, acquirer: 'company:netease2', source: SRC } })),
      'company:acme.status.acquirer: unknown id "company:netease2"',
    ],
    ['missing field', () => validate(replace({ ...policy, goals: undefined } as unknown as Entity)), 'policy:plan.goals: missing'],
    [
      'unmarked zh collision',
      () => validate(replace({ ...policy, aliases: ['阿克米'] })),
      'policy:plan.aliases[0]: "阿克米" also names company:acme.names.zh',
    ],
    [
      'product owner not a company',
      () => validate(replace({ ...product, owner: 'city:alpha' as `company:${string}` })),
      'product:acme-app.owner: "city:alpha" is not a company id',
    ],
    [
      'product share over 100%',
      () => validate(replace({ ...product, headline: { value: 120, unit: 'percent', year: 2024, source: SRC } })),
      'product:acme-app.headline.value: a share over 100%',
    ],
    [
      'product without launch year',
      () => validate(replace({ ...product, launched: undefined } as unknown as Entity)),
      'product:acme-app.launched: missing',
    ],
    [
      'source host outside the registry',
      () =>
        validate(replace({ ...company, revenue: { value: 5, unit: 'CNY', year: 2024, source: 'https://wiki.mirror.example/wiki/Acme' } })),
      'company:acme.revenue.source: "wiki.mirror.example" is not a registered publisher',
    ],
  ];
  it.each(broken)('reports %s naming the entry and field', (_name, run, expected) => {
    const messages = run();
    expect(
      messages.some((m) => m.startsWith(expected)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('lets an alias marked needsContext be shared', () => {
    const other: Policy = { ...policy, id: 'policy:other', name: 'Other Plan', names: { zh: '另一个计划' } };
    expect(validate([...world, other])).toEqual([]);
  });
  it('treats exact-case aliases with different capitalisation as distinct', () => {
    const other: Company = {
      ...company,
      id: 'company:acme2',
      name: 'Acme Two',
      names: { zh: '阿克米二' },
      aliases: [{ text: 'Acme', exactCase: true }],
    };
    const messages = validate([...world, other]);
    expect(messages.filter((m) => m.includes('"ACME"'))).toEqual([]);
    // "Acme" exact-case still collides with company:acme's case-insensitive name.
    expect(messages.some((m) => m.startsWith('company:acme.name: "Acme" also names company:acme2'))).toBe(true);
  });
  it('accepts a subdomain of a registered publisher', () => {
    expect(validate(replace({ ...company, sources: ['https://www.example.org/about'] }))).toEqual([]);
  });
  it('accepts an acquirer given as a plain name', () => {
    expect(validate(replace({ ...company, status: { state: 'acquired', year: 2019, acquirer: 'Some Fund', source: SRC } }))).toEqual([]);
  });
});

describe('the publisher registry', () => {
  it("is valid: unique ids, known kinds, each domain one publisher's own", () => {
    expect(validatePublishers(publishers)).toEqual([]);
  });
  it('finds a publisher by host or parent domain, never by a shared suffix', () => {
    const lookup = publisherLookup([
      { id: 'state-council', name: 'State Council', kind: 'official', domains: ['www.gov.cn'] },
      { id: 'reuters', name: 'Reuters', kind: 'news', domains: ['reuters.com'] },
    ]);
    expect(lookup('https://english.www.gov.cn/policies/x.html')?.id).toBe('state-council');
    expect(lookup('https://www.reuters.com/technology/x')?.id).toBe('reuters');
    expect(lookup('https://notreuters.com/x')).toBeUndefined();
    expect(lookup('https://tjj.hangzhou.gov.cn/x')).toBeUndefined();
  });
  it.each([
    ['a shared suffix', { id: 'gov', name: 'Gov', kind: 'official', domains: ['gov.cn'] }, 'is a suffix many publishers share'],
    ['a Wikipedia mirror', { id: 'mirror', name: 'Mirror', kind: 'reference', domains: ['wikiwand.com'] }, 'republishes other sites'],
    ['an unknown kind', { id: 'blog', name: 'Blog', kind: 'blog', domains: ['blog.example'] }, 'unknown kind "blog"'],
    ['a host with a path', { id: 'bad', name: 'Bad', kind: 'news', domains: ['example.org/news'] }, 'is not a lowercase host name'],
  ] as const)('refuses %s', (_name, entry, expected) => {
    const messages = validatePublishers([entry as unknown as Publisher]);
    expect(
      messages.some((m) => m.includes(expected)),
      messages.join('\n'),
    ).toBe(true);
  });
  it('refuses a domain claimed by two publishers', () => {
    const messages = validatePublishers([
      { id: 'a', name: 'A', kind: 'news', domains: ['a.example'] },
      { id: 'b', name: 'B', kind: 'news', domains: ['a.example'] },
    ]);
    expect(messages).toEqual(['publisher:b.domains[0]: "a.example" is already publisher:a\'s']);
  });
});

describe('derived relations', () => {
  const relations = buildRelations([...world, { ...zone, id: 'zone:beta-park', name: 'Beta Park', names: { zh: '贝塔园' } }]);
  it('finds companies by headquarters', () => {
    expect(relations.companiesHeadquarteredIn('city:alpha')).toEqual(['company:acme']);
    expect(relations.companiesHeadquarteredIn('city:nowhere')).toEqual([]);
  });
  it('adds back-links to related, without duplicates', () => {
    expect(relations.relatedTo('policy:plan')).toEqual(['company:acme']);
    expect(relations.relatedTo('company:acme')).toEqual(['policy:plan']);
  });
  it('collects zones from both sides of the link', () => {
    expect([...relations.zonesOf('city:alpha')].sort()).toEqual(['zone:alpha-park', 'zone:alpha-region', 'zone:beta-park']);
  });
  it('exports derived fields', () => {
    const derived = relations.withDerived(city);
    expect(derived.companies).toEqual(['company:acme']);
    expect(derived.relatedAll).toEqual([]);
    expect(relations.withDerived(policy).relatedAll).toEqual(['company:acme']);
  });
  it('binds to the real dataset', () => {
    for (const e of entities) expect(withDerived(e).relatedAll).toEqual(relatedTo(e.id));
  });
});
