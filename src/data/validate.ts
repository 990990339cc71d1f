/**
 * Checks the dataset for what the compiler cannot see: references that do not resolve, facts
 * outside sane ranges, malformed sources, and aliases that would make the detector guess.
 * Pure: takes the entities, returns one message per problem, each starting "<id>.<field>:".
 */
import { publisherLookup, type PublisherLookup } from './publishers';
import { aliasText, KINDS, PUBLISHER_KINDS, type Alias, type Entity, type Kind, type Publisher } from './schema';

export interface ValidateOptions {
  /** Ids the dataset must contain (coverage.json). */
  readonly coverageIds?: readonly string[];
  /** Upper bound for years; injectable so results do not depend on the clock in tests. */
  readonly currentYear?: number;
  /** The publisher registry: every source's host must belong to one of them. */
  readonly publishers?: readonly Publisher[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/u;
const EARLIEST_DATE = 1800;
const EARLIEST_FIGURE = 1990;
const LATEST_PERIOD_END = 2100;

type Report = (path: string, message: string) => void;

export function validateDataset(entities: readonly Entity[], opts: ValidateOptions = {}): string[] {
  const messages: string[] = [];
  const report: Report = (path, message) => messages.push(`${path}: ${message}`);
  const currentYear = opts.currentYear ?? new Date().getFullYear();
  const ids = new Set<string>(entities.map((e) => e.id));
  const publisherOf = opts.publishers ? publisherLookup(opts.publishers) : undefined;

  checkUniqueIds(entities, report);
  for (const entity of entities) {
    if (!checkRequired(entity, report)) continue;
    checkIdentity(entity, report);
    checkText(entity, report);
    checkReferences(entity, ids, report);
    checkHeadquartersName(entity, entities, report);
    checkUrls(entity, entity.id, report, publisherOf);
    checkNumbers(entity, currentYear, report);
  }
  checkAliasCollisions(entities, report);
  for (const id of opts.coverageIds ?? []) {
    if (!ids.has(id)) report(`${id}.id`, 'missing: required by coverage');
  }
  return messages;
}

/** The ids listed in a parsed coverage.json: `{ about, city: { "city:x": label }, ... }`. */
export function coverageIdsOf(coverage: unknown): string[] {
  if (typeof coverage !== 'object' || coverage === null) return [];
  return KINDS.flatMap((kind) => Object.keys((coverage as Record<string, object | undefined>)[kind] ?? {}));
}

const REQUIRED_COMMON = ['id', 'kind', 'name', 'names', 'aliases', 'summary', 'related', 'sources'] as const;
const REQUIRED_BY_KIND: Record<Kind, readonly string[]> = {
  city: ['province', 'knownFor', 'zones'],
  zone: ['zoneType', 'focus'],
  company: ['founded', 'headquarters', 'founders', 'sectors', 'listings'],
  policy: ['year', 'issuer', 'goals'],
  product: ['owner', 'category', 'what', 'launched'],
};

/** Reports absent fields (data written outside the compiler's view); the rest is checked only when all are there. */
function checkRequired(entity: Entity, report: Report): boolean {
  const record = entity as unknown as Record<string, unknown>;
  const required = [
    ...REQUIRED_COMMON,
    ...(REQUIRED_BY_KIND[entity.kind] ?? []),
    ...(entity.kind === 'zone' ? [entity.zoneType === 'region' ? 'cities' : 'city'] : []),
  ];
  const missing = required.filter((field) => record[field] === undefined || record[field] === null);
  for (const field of missing) report(`${entity.id}.${field}`, 'missing');
  return missing.length === 0;
}

function checkUniqueIds(entities: readonly Entity[], report: Report): void {
  const seen = new Set<string>();
  for (const { id } of entities) {
    if (seen.has(id)) report(`${id}.id`, 'duplicate id');
    seen.add(id);
  }
}

function checkIdentity(entity: Entity, report: Report): void {
  const colon = entity.id.indexOf(':');
  const prefix = entity.id.slice(0, colon);
  const slug = entity.id.slice(colon + 1);
  if (!(KINDS as readonly string[]).includes(entity.kind)) report(`${entity.id}.kind`, `unknown kind "${entity.kind}"`);
  if (prefix !== entity.kind) report(`${entity.id}.id`, `prefix "${prefix}" does not match kind "${entity.kind}"`);
  if (!SLUG.test(slug)) report(`${entity.id}.id`, `slug "${slug}" must be lowercase [a-z0-9-]`);
}

function checkText(entity: Entity, report: Report): void {
  const at = (field: string) => `${entity.id}.${field}`;
  if (!entity.name?.trim()) report(at('name'), 'empty');
  if (!entity.summary?.trim()) report(at('summary'), 'empty');
  if (!entity.names?.zh || !HAN.test(entity.names.zh)) report(at('names.zh'), 'missing Chinese characters');
  if (!entity.sources?.length) report(at('sources'), 'needs at least one source');
  entity.aliases?.forEach((alias, i) => {
    if (!aliasText(alias).trim()) report(at(`aliases[${i}]`), 'empty alias');
  });
}

/** Every id-valued field, with the kind it must point at (undefined: any kind). */
function references(entity: Entity): { field: string; id: string; kind?: Kind }[] {
  const refs: { field: string; id: string; kind?: Kind }[] = (entity.related ?? []).map((id, i) => ({ field: `related[${i}]`, id }));
  switch (entity.kind) {
    case 'city':
      for (const [i, id] of entity.zones.entries()) refs.push({ field: `zones[${i}]`, id, kind: 'zone' });
      break;
    case 'zone':
      if (entity.zoneType === 'region')
        for (const [i, id] of entity.cities.entries()) refs.push({ field: `cities[${i}]`, id, kind: 'city' });
      else refs.push({ field: 'city', id: entity.city, kind: 'city' });
      break;
    case 'company':
      if (entity.headquarters.startsWith('city:')) refs.push({ field: 'headquarters', id: entity.headquarters, kind: 'city' });
      if (entity.parent) refs.push({ field: 'parent', id: entity.parent, kind: 'company' });
      if (entity.status?.state === 'acquired' && looksLikeId(entity.status.acquirer)) {
        refs.push({ field: 'status.acquirer', id: entity.status.acquirer, kind: 'company' });
      }
      break;
    case 'product':
      refs.push({ field: 'owner', id: entity.owner, kind: 'company' });
      break;
    case 'policy':
      for (const [i, d] of (entity.designations ?? []).entries()) refs.push({ field: `designations[${i}].place`, id: d.place });
      break;
  }
  return refs;
}

const looksLikeId = (text: string): boolean => KINDS.some((kind) => text.startsWith(`${kind}:`));

function checkReferences(entity: Entity, ids: ReadonlySet<string>, report: Report): void {
  for (const { field, id, kind } of references(entity)) {
    const path = `${entity.id}.${field}`;
    if (!ids.has(id)) report(path, `unknown id "${id}"`);
    else if (kind && !id.startsWith(`${kind}:`)) report(path, `"${id}" is not a ${kind} id`);
    if (id === entity.id) report(path, 'refers to itself');
  }
}

function checkHeadquartersName(entity: Entity, entities: readonly Entity[], report: Report): void {
  if (entity.kind !== 'company' || looksLikeId(entity.headquarters)) return;
  const place = entity.headquarters.trim().toLowerCase();
  const city = entities.find((e) => e.kind === 'city' && e.name.toLowerCase() === place);
  if (city) report(`${entity.id}.headquarters`, `"${entity.headquarters}" is in the dataset: use "${city.id}"`);
}

function checkUrl(url: unknown, path: string, report: Report, publisherOf: PublisherLookup | undefined): void {
  if (typeof url !== 'string' || !url.startsWith('https://')) {
    report(path, `source must be an https URL, got "${String(url)}"`);
    return;
  }
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  if (!host.includes('.') || /\s/.test(url)) {
    report(path, `malformed URL "${url}"`);
    return;
  }
  if (publisherOf && !publisherOf(url)) {
    report(path, `"${host}" is not a registered publisher: cite the publisher's own page (data/publishers.ts), not a copy`);
  }
}

/** Walks the entity so every `source`/`sources` anywhere (facts, disputes, status) is checked. */
function checkUrls(value: unknown, path: string, report: Report, publisherOf: PublisherLookup | undefined): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkUrls(item, `${path}[${i}]`, report, publisherOf);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`;
    if (key === 'source') checkUrl(child, childPath, report, publisherOf);
    else if (key === 'sources' && Array.isArray(child))
      for (const [i, url] of child.entries()) checkUrl(url, `${childPath}[${i}]`, report, publisherOf);
    else checkUrls(child, childPath, report, publisherOf);
  }
}

/**
 * Shared suffixes a registry entry must never claim: each covers many publishers (every Chinese
 * government body is under gov.cn), so only a publisher's own domain under it may be listed.
 */
const SHARED_SUFFIXES = new Set([
  'gov.cn',
  'com.cn',
  'org.cn',
  'edu.cn',
  'net.cn',
  'ac.cn',
  'gov.hk',
  'com.hk',
  'org.hk',
  'edu.hk',
  'gov.mo',
  'gov.tw',
  'com.tw',
  'co.uk',
  'org.uk',
  'gov.uk',
  'ac.uk',
  'co.jp',
  'go.jp',
  'gov.sg',
  'com.sg',
  'europa.eu',
  'github.io',
  'blogspot.com',
  'medium.com',
  'substack.com',
  'wordpress.com',
  'cloudfront.net',
  'azureedge.net',
  'pages.dev',
  'railway.app',
  'appspot.com',
  'herokuapp.com',
  'ipfs.io',
]);

/**
 * Hosts that republish other publishers' pages (Wikipedia mirrors, snapshot and CDN copies, scraped
 * aggregators): never a publisher, whatever the registry says.
 */
const COPY_HOSTS =
  /(?:^|\.)(?:wikiwand\.com|wikimili\.com|worddisk\.com|owiki\.org|wikizero\.\w+|kiwix\.|wikisort\.org|wiki\.gravy\.cc|hubbry\.com|wikisum\.wiki|encycloreader\.org|iiab\.me|wikipedia-on-ipfs\.org|ipfs\.|stocktitan\.net|pressreader\.com|archive\.(?:org|ph|today|is))$/;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** Checks the registry itself: unique ids, known kinds, and domains that name one publisher's own site. */
export function validatePublishers(list: readonly Publisher[]): string[] {
  const messages: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const p of list) {
    const at = (field: string, message: string) => messages.push(`publisher:${p.id}.${field}: ${message}`);
    if (!SLUG.test(p.id)) at('id', `slug "${p.id}" must be lowercase [a-z0-9-]`);
    if (ids.has(p.id)) at('id', 'duplicate id');
    ids.add(p.id);
    if (!p.name?.trim()) at('name', 'empty');
    if (!(PUBLISHER_KINDS as readonly string[]).includes(p.kind)) at('kind', `unknown kind "${p.kind}"`);
    if (!p.domains?.length) at('domains', 'needs at least one domain');
    p.domains?.forEach((domain, i) => {
      const field = `domains[${i}]`;
      if (!DOMAIN.test(domain)) at(field, `"${domain}" is not a lowercase host name`);
      else if (SHARED_SUFFIXES.has(domain)) at(field, `"${domain}" is a suffix many publishers share: list the publisher's own domain`);
      else if (COPY_HOSTS.test(domain)) at(field, `"${domain}" republishes other sites' pages: cite the original`);
      const other = owner.get(domain);
      if (other && other !== p.id) at(field, `"${domain}" is already publisher:${other}'s`);
      owner.set(domain, p.id);
    });
  }
  return messages;
}

function checkYear(year: unknown, min: number, max: number, path: string, report: Report): void {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < min || year > max) {
    report(path, `year ${String(year)} outside ${min}..${max}`);
  }
}

function checkFigure(figure: { value: number; year: number } | undefined, path: string, currentYear: number, report: Report): void {
  if (!figure) return;
  if (!(Number.isFinite(figure.value) && figure.value > 0)) report(`${path}.value`, `must be positive, got ${figure.value}`);
  checkYear(figure.year, EARLIEST_FIGURE, currentYear, `${path}.year`, report);
}

function checkNumbers(entity: Entity, currentYear: number, report: Report): void {
  const at = (field: string) => `${entity.id}.${field}`;
  const date = (fact: { value: number } | undefined, field: string) => {
    if (fact) checkYear(fact.value, EARLIEST_DATE, currentYear, at(field), report);
  };
  switch (entity.kind) {
    case 'city':
      checkFigure(entity.population, at('population'), currentYear, report);
      checkFigure(entity.gdp, at('gdp'), currentYear, report);
      break;
    case 'zone':
      date(entity.established, 'established');
      checkFigure(entity.area, at('area'), currentYear, report);
      break;
    case 'company':
      date(entity.founded, 'founded');
      checkFigure(entity.employees, at('employees'), currentYear, report);
      checkFigure(entity.revenue, at('revenue'), currentYear, report);
      entity.listings.forEach((listing, i) => {
        if (listing.since !== undefined) checkYear(listing.since, EARLIEST_DATE, currentYear, at(`listings[${i}].since`), report);
      });
      if (entity.status) checkYear(entity.status.year, EARLIEST_DATE, currentYear, at('status.year'), report);
      break;
    case 'policy':
      date(entity.year, 'year');
      for (const [i, d] of (entity.designations ?? []).entries()) date(d, `designations[${i}]`);
      if (entity.period) {
        checkYear(entity.period.from, EARLIEST_DATE, LATEST_PERIOD_END, at('period.from'), report);
        checkYear(entity.period.to, EARLIEST_DATE, LATEST_PERIOD_END, at('period.to'), report);
        if (entity.period.from > entity.period.to) report(at('period'), `from ${entity.period.from} is after to ${entity.period.to}`);
      }
      break;
    case 'product':
      date(entity.launched, 'launched');
      checkFigure(entity.headline, at('headline'), currentYear, report);
      if (entity.headline?.unit === 'percent' && entity.headline.value > 100)
        report(at('headline.value'), `a share over 100%: ${entity.headline.value}`);
      break;
  }
}

interface Surface {
  readonly id: string;
  readonly field: string;
  readonly text: string;
  readonly marked: boolean;
  readonly exactCase: boolean;
}

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Every text the detector would match for the entity: name, Chinese names, aliases. */
function surfaces(entity: Entity): Surface[] {
  const markedTexts = new Set(
    (entity.aliases ?? [])
      .filter((a): a is Exclude<Alias, string> => typeof a !== 'string' && !!a.needsContext)
      .map((a) => normalise(a.text)),
  );
  const named = (field: string, text: string | undefined): Surface[] =>
    text ? [{ id: entity.id, field, text, marked: markedTexts.has(normalise(text)), exactCase: false }] : [];
  return [
    ...named('name', entity.name),
    ...named('names.zh', entity.names?.zh),
    ...named('names.zhHant', entity.names?.zhHant),
    ...(entity.aliases ?? []).map((alias, i) => ({
      id: entity.id,
      field: `aliases[${i}]`,
      text: aliasText(alias),
      marked: typeof alias !== 'string' && !!alias.needsContext,
      exactCase: typeof alias !== 'string' && !!alias.exactCase,
    })),
  ];
}

/** Two exact-case surfaces with different capitalisation ("BOE" vs "Boe") never match the same text. */
const overlap = (a: Surface, b: Surface): boolean => !(a.exactCase && b.exactCase && a.text !== b.text);

function checkAliasCollisions(entities: readonly Entity[], report: Report): void {
  const byText = new Map<string, Surface[]>();
  for (const surface of entities.flatMap(surfaces)) {
    const key = normalise(surface.text);
    byText.set(key, [...(byText.get(key) ?? []), surface]);
  }
  for (const group of byText.values()) {
    for (const surface of group) {
      if (surface.marked) continue;
      const others = group.filter((o) => o.id !== surface.id && overlap(surface, o));
      const otherIds = [...new Set(others.map((o) => `${o.id}.${o.field}`))];
      if (otherIds.length) {
        report(`${surface.id}.${surface.field}`, `"${surface.text}" also names ${otherIds.join(', ')}: mark it needsContext or drop it`);
      }
    }
  }
}
