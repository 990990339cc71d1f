/**
 * What can be compared between entities of one kind: one row per field, each cell typed so the UI
 * can chart numbers, mark the largest or earliest value and say plainly when a figure is missing.
 * The data layer owns this list so the popup, exports and tests agree on which fields exist.
 */
import { companiesHeadquarteredIn, productsOf, zonesOf } from './derived';
import type { City, Company, Dispute, Entity, EntityId, EntityOfKind, HttpsUrl, Kind, Policy, Product, Zone } from './schema';

/** A number with its unit, the year it holds for and its source. */
export interface NumberCell {
  readonly type: 'number';
  readonly value: number;
  readonly unit: string;
  readonly year?: number;
  readonly source: HttpsUrl;
  readonly note?: string;
}
/** A year (founded, established, adopted): the value is its own as-of. */
export interface YearCell {
  readonly type: 'year';
  readonly value: number;
  readonly source: HttpsUrl;
  readonly note?: string;
}
export interface TextCell {
  readonly type: 'text';
  readonly values: readonly string[];
  readonly source?: HttpsUrl;
}
/** Links to other entities; `extra` holds names of places outside the dataset. */
export interface RefsCell {
  readonly type: 'refs';
  readonly ids: readonly EntityId[];
  readonly extra?: readonly string[];
  readonly source?: HttpsUrl;
}
/** No sourced value. `reason` says why when it is not simply absent. */
export interface MissingCell {
  readonly type: 'missing';
  /** "years-differ": GDP and population are for different years; "none-recorded": no status change on record. */
  readonly reason?: 'years-differ' | 'none-recorded';
  /** For "years-differ": the two years that did not match. */
  readonly years?: readonly [number, number];
}
export type CellValue = NumberCell | YearCell | TextCell | RefsCell | MissingCell;
export type Cell = CellValue & { readonly disputed?: Dispute };

export type FieldKey =
  | 'province'
  | 'population'
  | 'gdp'
  | 'gdpPerPerson'
  | 'knownFor'
  | 'zones'
  | 'companies'
  | 'city'
  | 'zoneType'
  | 'established'
  | 'focus'
  | 'area'
  | 'founded'
  | 'headquarters'
  | 'founders'
  | 'sectors'
  | 'listings'
  | 'status'
  | 'employees'
  | 'revenue'
  | 'year'
  | 'issuer'
  | 'period'
  | 'goals'
  | 'relatedPlaces'
  | 'products'
  | 'owner'
  | 'what'
  | 'launched'
  | 'headline';

/** Which extreme a row marks: the largest number, or the earliest year. */
export type Mark = 'largest' | 'earliest';

interface FieldSpec<K extends Kind> {
  readonly key: FieldKey;
  readonly mark?: Mark;
  /** The dispute `field` names that belong to this row (defaults to the key). */
  readonly disputeFields?: readonly string[];
  readonly cell: (entity: EntityOfKind<K>) => CellValue;
}

const missing: MissingCell = { type: 'missing' };
const firstSource = (e: Entity): HttpsUrl | undefined => e.sources[0];
const text = (e: Entity, values: readonly string[]): CellValue =>
  values.length ? { type: 'text', values, source: firstSource(e) } : missing;
const refs = (e: Entity, ids: readonly EntityId[], extra: readonly string[] = [], sourced = true): CellValue =>
  ids.length || extra.length ? { type: 'refs', ids, extra, source: sourced ? firstSource(e) : undefined } : missing;
const figure = (f: { value: number; unit: string; year: number; source: HttpsUrl; note?: string } | undefined): CellValue =>
  f ? { type: 'number', value: f.value, unit: f.unit, year: f.year, source: f.source, note: f.note } : missing;
const year = (f: { value: number; source: HttpsUrl; note?: string } | undefined): CellValue =>
  f ? { type: 'year', value: f.value, source: f.source, note: f.note } : missing;

/** GDP divided by population, only when both hold for the same year (else it would mix two years). */
export function gdpPerPerson(city: Pick<City, 'gdp' | 'population'>): CellValue {
  const { gdp, population } = city;
  if (!gdp || !population || population.value <= 0) return missing;
  if (gdp.year !== population.year) return { type: 'missing', reason: 'years-differ', years: [gdp.year, population.year] };
  return { type: 'number', value: gdp.value / population.value, unit: gdp.unit, year: gdp.year, source: gdp.source };
}

const isPlace = (id: EntityId) => id.startsWith('city:') || id.startsWith('zone:');

const FIELDS: { readonly [K in Kind]: readonly FieldSpec<K>[] } = {
  city: [
    { key: 'province', cell: (c) => text(c, [c.province]) },
    { key: 'population', mark: 'largest', cell: (c) => figure(c.population) },
    { key: 'gdp', mark: 'largest', cell: (c) => figure(c.gdp) },
    { key: 'gdpPerPerson', mark: 'largest', disputeFields: [], cell: gdpPerPerson },
    { key: 'knownFor', cell: (c) => text(c, c.knownFor) },
    { key: 'zones', cell: (c) => refs(c, zonesOf(c.id)) },
    // Derived from each company's own headquarters, so the city's sources do not back it: no link.
    { key: 'companies', disputeFields: [], cell: (c) => refs(c, companiesHeadquarteredIn(c.id), [], false) },
  ],
  zone: [
    { key: 'city', cell: (z: Zone) => refs(z, z.zoneType === 'region' ? z.cities : [z.city]) },
    { key: 'zoneType', cell: (z) => text(z, [z.zoneType]) },
    { key: 'established', mark: 'earliest', cell: (z) => year(z.established) },
    { key: 'focus', cell: (z) => text(z, z.focus) },
    { key: 'area', mark: 'largest', cell: (z) => figure(z.area) },
  ],
  company: [
    { key: 'founded', mark: 'earliest', cell: (c: Company) => year(c.founded) },
    {
      key: 'headquarters',
      cell: (c) => (c.headquarters.includes(':') ? refs(c, [c.headquarters as EntityId]) : refs(c, [], [c.headquarters])),
    },
    { key: 'founders', cell: (c) => text(c, c.founders) },
    { key: 'sectors', cell: (c) => text(c, c.sectors) },
    {
      key: 'listings',
      cell: (c) =>
        text(
          c,
          c.listings.map((l) => `${l.exchange}: ${l.ticker}${l.since ? ` (${l.since})` : ''}`),
        ),
    },
    {
      key: 'status',
      cell: (c) =>
        c.status ? { type: 'text', values: [statusText(c)], source: c.status.source } : { type: 'missing', reason: 'none-recorded' },
    },
    { key: 'employees', mark: 'largest', cell: (c) => figure(c.employees) },
    { key: 'revenue', mark: 'largest', cell: (c) => figure(c.revenue) },
    // Derived from each product's owner, so the company's sources do not back it: no link.
    { key: 'products', disputeFields: [], cell: (c) => refs(c, productsOf(c.id), [], false) },
  ],
  policy: [
    { key: 'year', mark: 'earliest', cell: (p: Policy) => year(p.year) },
    { key: 'issuer', cell: (p) => text(p, [p.issuer]) },
    { key: 'period', cell: (p) => (p.period ? text(p, [`${p.period.from}–${p.period.to}`]) : missing) },
    { key: 'goals', cell: (p) => text(p, p.goals) },
    { key: 'relatedPlaces', disputeFields: [], cell: (p) => refs(p, p.related.filter(isPlace)) },
  ],
  product: [
    { key: 'owner', cell: (p: Product) => refs(p, [p.owner]) },
    { key: 'what', cell: (p) => text(p, [p.what]) },
    { key: 'launched', mark: 'earliest', cell: (p) => year(p.launched) },
    { key: 'headline', mark: 'largest', cell: (p) => figure(p.headline) },
  ],
};

function statusText(c: Company): string {
  const s = c.status!;
  return s.state === 'acquired' ? `acquired ${s.year} by ${s.acquirer}` : `${s.state} ${s.year}: ${s.note}`;
}

/** The row keys compared for a kind, in display order. */
export const fieldsOf = (kind: Kind): readonly FieldKey[] => FIELDS[kind].map((f) => f.key);

export interface CompareRow {
  readonly key: FieldKey;
  readonly mark?: Mark;
  readonly cells: readonly Cell[];
  /** Indexes of the cells holding the largest/earliest value (several when tied); empty when none. */
  readonly marked: readonly number[];
  /** Numeric rows whose values are in different units (currencies): they share no scale. */
  readonly mixedUnits: boolean;
}

/** Whether a dispute record concerns a row: "headquarters move to Singapore" belongs to headquarters. */
const disputeMatches = (dispute: Dispute, names: readonly string[]) =>
  names.some((name) => dispute.field === name || dispute.field.startsWith(`${name} `));

/** Which cells hold the extreme value; none when fewer than two values are comparable. */
export function markedCells(cells: readonly CellValue[], mark: Mark | undefined): number[] {
  if (!mark) return [];
  const values = cells.map((c) => (c.type === 'number' || c.type === 'year' ? c.value : undefined));
  const units = new Set(cells.flatMap((c) => (c.type === 'number' ? [c.unit] : [])));
  const present = values.filter((v): v is number => v !== undefined);
  if (present.length < 2 || units.size > 1) return [];
  const best = mark === 'largest' ? Math.max(...present) : Math.min(...present);
  return values.flatMap((v, i) => (v === best ? [i] : []));
}

/** The comparison of entities of one kind: a row per comparable field, a cell per entity. */
export function compareRows<K extends Kind>(kind: K, items: readonly EntityOfKind<K>[]): CompareRow[] {
  return (FIELDS[kind] as readonly FieldSpec<K>[]).map((field) => {
    const disputeNames = field.disputeFields ?? [field.key];
    const cells: Cell[] = items.map((entity) => {
      const value = field.cell(entity);
      const disputed = entity.disputed?.find((d) => disputeMatches(d, disputeNames));
      return disputed ? { ...value, disputed } : value;
    });
    const units = new Set(cells.flatMap((c) => (c.type === 'number' ? [c.unit] : [])));
    return { key: field.key, mark: field.mark, cells, marked: markedCells(cells, field.mark), mixedUnits: units.size > 1 };
  });
}
