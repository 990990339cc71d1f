/**
 * Judging a claim against the entity's sourced data. The verdict is `agrees`, `contradicts`, `disputed`
 * (the page gives a value that a recorded disagreeing source gives) or `unknown` (the data cannot tell).
 * Every rule leans to `unknown`: a false accusation is much worse than a missed one.
 *
 * Dates (founded, established, a policy's year, a product's launch, a designation)
 * - A year agrees with any date in that year; a month agrees with the same month or with a bare year in
 *   the data; a day agrees with the same day, a month or a year. A different year, or a different month
 *   when both give one, contradicts. A different day in the same month is `unknown` (an approval and its
 *   announcement are often a day or two apart). The data's month and day come from the fact's note
 *   ("Hangzhou zone approved on 12 March 2015"), only when the note gives one date in the fact's year.
 *   A year that the note records for another milestone ("renamed NIO in 2016", "announced November 2018;
 *   launched June 2019") is `unknown`, not a contradiction: the page dates another event.
 *
 * Figures (population, GDP, revenue, employees)
 * - Compared only for the same year: the page's year must be the figure's year. Without a year in the
 *   sentence, only a figure for the current or the previous year is compared; otherwise `unknown`.
 * - Units and currencies must match; currencies are never converted (CNY against USD is `unknown`).
 * - Rounding tolerance from the precision the page writes: half a unit of its last digit ("12.5m"
 *   agrees with 12,534,000, "1.4 trillion" with 1.43 trillion, "188,000" within 500). "About" widens it
 *   to 5% of the value.
 * - A relative gap beyond FIGURE_GAP (10%; 15% after "about") contradicts; anything between the rounding
 *   tolerance and that gap is `unknown` (an older or differently defined figure is no contradiction).
 *   "More than X" agrees with any value from X down to its rounding, contradicts below X by over 10%;
 *   "less than X" the mirror.
 *
 * Places, listings, founders, periods, designations
 * - Headquarters: the same city (or a zone inside it) agrees; another city of the dataset contradicts;
 *   the province that holds the city, or a place the dataset does not know, is `unknown`.
 * - Listings: exchange names are normalised (HKEX, Hong Kong Stock Exchange, Hong Kong); a city names
 *   all its exchanges. A venue the data does not list is `unknown` (the data may miss a listing); on a
 *   listed venue, a different listing year contradicts. A year with no venue agrees with any listing that
 *   year and is otherwise `unknown` (an earlier listing may be missing from the data).
 * - Founders: every named founder in the list agrees; a name not in the list is `unknown`, unless the
 *   sentence names the founders exhaustively ("founded by X and Y") and none of them matches.
 * - Periods: both ends must match.
 * - Designations: decided by the policy's `designations` for that place; a place it does not record is
 *   `unknown`.
 * - Disputes: where the page's value matches a value of a recorded disagreement on the field, the
 *   verdict is `disputed` rather than `contradicts`.
 *
 * The source is the fact's own URL where the data has one (dates, figures, designations), else the
 * entity's lead source (headquarters, listings, founders, periods).
 */
import type { City, Company, Dispute, Entity, EntityId, Fact, Figure, HttpsUrl, Policy } from '../data/schema';
import { showAmount, showDate } from './display';
import { sameName } from './names';
import type { Claim, DateValue, FigureUnit, FigureValue, Judgement, PlaceValue } from './types';
import { findDates, findFigures, isCurrency } from './values';

export const FIGURE_GAP = 0.1;
export const FIGURE_GAP_ABOUT = 0.15;
export const ABOUT_TOLERANCE = 0.05;

export interface JudgeOptions {
  readonly lookup: (id: EntityId) => Entity | undefined;
  /** Today's date, for "the current or previous year" of figures without a year. */
  readonly today?: Date;
}

type Compared = 'agrees' | 'contradicts' | 'unknown';

// ---- dates --------------------------------------------------------------------------------------

/** A year fact as a date, refined by its note when the note gives exactly one date in that year. */
export function factDate(fact: Fact<number>): DateValue {
  const year = fact.value;
  const inYear = fact.note
    ? findDates(fact.note)
        .map((d) => d.value)
        .filter((d) => d.year === year && d.precision !== 'year')
    : [];
  const months = new Set(inYear.map((d) => (d.precision === 'year' ? 0 : d.month)));
  if (inYear.length === 0 || months.size !== 1) return { precision: 'year', year };
  const days = new Set(inYear.map((d) => (d.precision === 'day' ? d.day : 0)));
  const first = inYear[0]!;
  if (first.precision === 'year') return { precision: 'year', year };
  return days.size === 1 && first.precision === 'day' ? first : { precision: 'month', year, month: first.month };
}

export function compareDates(page: DateValue, data: DateValue): Compared {
  if (page.year !== data.year) return 'contradicts';
  if (page.precision === 'year' || data.precision === 'year') return 'agrees';
  if (page.month !== data.month) return 'contradicts';
  if (page.precision === 'month' || data.precision === 'month') return 'agrees';
  return page.day === data.day ? 'agrees' : 'unknown';
}

const disputesOf = (e: Entity, field: string): readonly Dispute[] =>
  (e.disputed ?? []).filter((d) => d.field === field || d.field.startsWith(`${field} `));

function disputeDate(value: string | number): DateValue | undefined {
  if (typeof value === 'number') return { precision: 'year', year: value };
  return findDates(value)[0]?.value;
}

/** The source of a disputed value that agrees with the page's date, if any. */
function disputedDate(e: Entity, field: string, page: DateValue): HttpsUrl | undefined {
  for (const d of disputesOf(e, field)) {
    for (const v of d.values) {
      const date = disputeDate(v.value);
      if (date && compareDates(page, date) === 'agrees') return v.source;
    }
  }
  return undefined;
}

/** The data's value and the other values recorded as disputed, for display; `same` drops restatements of the main one. */
const allValues = (main: string, e: Entity, field: string, same: (v: string | number) => boolean): string => {
  const others = disputesOf(e, field).flatMap((d) => d.values.filter((v) => !same(v.value)).map((v) => String(v.value)));
  return [main, ...others].filter((v, i, a) => a.indexOf(v) === i).join(' / ');
};

function judgeDate(e: Entity, field: string, page: DateValue, fact: Fact<number> | undefined): Judgement {
  if (!fact) return { verdict: 'unknown' };
  const data = factDate(fact);
  const verdict = compareDates(page, data);
  const shown = showDate(data);
  // A year the fact's note records for another milestone ("renamed NIO in 2016", "announced November
  // 2018; launched June 2019") dates a different event, not a wrong one.
  if (verdict === 'contradicts' && page.year !== fact.value && fact.note && new RegExp(`\\b${page.year}\\b`).test(fact.note))
    return { verdict: 'unknown', data: shown, source: fact.source };
  if (verdict !== 'agrees') {
    const source = disputedDate(e, field, page);
    const same = (v: string | number): boolean => {
      const d = disputeDate(v);
      return !!d && compareDates(d, data) === 'agrees';
    };
    if (source) return { verdict: 'disputed', data: allValues(shown, e, field, same), source };
  }
  return { verdict, data: shown, source: fact.source };
}

// ---- figures ------------------------------------------------------------------------------------

export function compareFigure(page: FigureValue, data: number): Compared {
  const diff = Math.abs(page.value - data);
  const rel = data === 0 ? Infinity : diff / Math.abs(data);
  const slack = page.step * (1 + 1e-9);
  switch (page.bound) {
    case 'exact':
      return diff <= slack ? 'agrees' : rel > FIGURE_GAP ? 'contradicts' : 'unknown';
    case 'about':
      return diff <= Math.max(slack, ABOUT_TOLERANCE * Math.abs(data)) ? 'agrees' : rel > FIGURE_GAP_ABOUT ? 'contradicts' : 'unknown';
    case 'over':
      return data >= page.value - slack ? 'agrees' : data < page.value * (1 - FIGURE_GAP) ? 'contradicts' : 'unknown';
    case 'under':
      return data <= page.value + slack ? 'agrees' : data > page.value * (1 + FIGURE_GAP) ? 'contradicts' : 'unknown';
  }
}

/** A disputed figure value as written in the data ("2.18 trillion yuan (2023)"), or a bare number. */
function disputeFigure(value: string | number, fallbackYear: number): { value: number; year: number; currency?: string } | undefined {
  if (typeof value === 'number') return { value, year: fallbackYear };
  const f = findFigures(value.replace(/\([^)]*\)/g, ''))[0];
  if (!f) return undefined;
  const year = /\((?:[^)]*?\b)?((?:19|20)\d\d)\b[^)]*\)/.exec(value)?.[1];
  const givenAs = /given as/i.test(value);
  if (givenAs) return undefined; // a value its source gives for another year, said as much
  return { value: f.value.value, year: year ? +year : fallbackYear, ...(isCurrency(f.value.unit) ? { currency: f.value.unit } : {}) };
}

function judgeFigure(e: Entity, field: string, page: FigureValue, fig: Figure | undefined, today: Date): Judgement {
  if (!fig) return { verdict: 'unknown' };
  const unit: FigureUnit | undefined = fig.unit === 'people' || fig.unit === 'employees' || isCurrency(fig.unit) ? fig.unit : undefined;
  if (!unit) return { verdict: 'unknown' };
  const shown = showAmount(fig.value, unit, fig.year);
  const known = { data: shown, source: fig.source };
  if (unit !== page.unit) return { verdict: 'unknown', ...known };
  const thisYear = today.getFullYear();
  if (page.year !== undefined ? page.year !== fig.year : fig.year < thisYear - 1) return { verdict: 'unknown', ...known };
  const verdict = compareFigure(page, fig.value);
  if (verdict !== 'agrees') {
    const same = (v: string | number): boolean => {
      const x = disputeFigure(v, fig.year);
      return !!x && Math.abs(x.value - fig.value) <= 1e-6 * Math.abs(fig.value);
    };
    for (const d of disputesOf(e, field)) {
      for (const v of d.values) {
        const x = disputeFigure(v.value, fig.year);
        if (x && x.year === fig.year && (!x.currency || x.currency === page.unit) && compareFigure(page, x.value) === 'agrees') {
          return { verdict: 'disputed', data: allValues(shown, e, field, same), source: v.source };
        }
      }
    }
  }
  return { verdict, ...known };
}

// ---- places -------------------------------------------------------------------------------------

const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

function placeNames(e: Entity | undefined): string[] {
  if (!e) return [];
  return [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))].map(norm);
}

function judgeHeadquarters(c: Company, page: PlaceValue, lookup: JudgeOptions['lookup']): Judgement {
  const hq = c.headquarters;
  const hqEntity = hq.includes(':') ? (lookup(hq as EntityId) as City | undefined) : undefined;
  const shown = hqEntity?.name ?? hq;
  const known = { data: shown, source: c.sources[0]! };
  const pageEntity = page.id ? lookup(page.id) : undefined;
  const pageNames = [norm(page.text), ...placeNames(pageEntity)];
  // Same place: the city itself, a zone inside it, or the same free-text place name.
  if (page.id && page.id === hq) return { verdict: 'agrees', ...known };
  if (pageEntity?.kind === 'zone' && 'city' in pageEntity && pageEntity.city === hq) return { verdict: 'agrees', ...known };
  if (!hqEntity && pageNames.some((n) => n === norm(hq) || norm(hq).startsWith(`${n},`))) return { verdict: 'agrees', ...known };
  if (hqEntity && pageNames.includes(norm(hqEntity.province))) return { verdict: 'unknown', ...known };
  // A recorded disagreement naming the page's place.
  for (const d of disputesOf(c, 'headquarters')) {
    for (const v of d.values) {
      const lead = norm(String(v.value).split(/[(,]/)[0]!);
      if (pageNames.includes(lead))
        return {
          verdict: 'disputed',
          data: allValues(shown, c, 'headquarters', (x) => norm(String(x).split(/[(,]/)[0]!) === norm(shown)),
          source: v.source,
        };
    }
  }
  // Only another city of the dataset is a contradiction; a district, province or foreign place may be right.
  if (pageEntity?.kind === 'city') return { verdict: 'contradicts', ...known };
  return { verdict: 'unknown', ...known };
}

// ---- listings, founders -------------------------------------------------------------------------

function judgeListing(c: Company, claim: Extract<Claim, { field: 'listing' }>): Judgement {
  const { venue, date } = claim.page;
  const candidates = venue ? c.listings.filter((l) => venue.exchanges.includes(l.exchange)) : c.listings;
  const shownOf = (ls: typeof candidates): string => ls.map((l) => `${l.exchange}${l.since ? ` ${l.since}` : ''}`).join(', ');
  if (!c.listings.length) return { verdict: 'unknown' };
  const known = { source: c.sources[0]! };
  if (!candidates.length) return { verdict: 'unknown', data: shownOf(c.listings), ...known };
  const data = shownOf(candidates);
  if (!date) return { verdict: 'agrees', data, ...known };
  if (candidates.some((l) => l.since === date.year)) return { verdict: 'agrees', data, ...known };
  if (!venue || candidates.some((l) => l.since === undefined)) return { verdict: 'unknown', data, ...known };
  return { verdict: 'contradicts', data, ...known };
}

function judgeFounders(c: Company, claim: Extract<Claim, { field: 'founders' }>): Judgement {
  if (!c.founders.length) return { verdict: 'unknown' };
  const known = { data: c.founders.join(', '), source: c.sources[0]! };
  const matched = claim.page.names.filter((n) => c.founders.some((f) => sameName(n, f)));
  if (matched.length === claim.page.names.length) return { verdict: 'agrees', ...known };
  if (matched.length || !claim.page.exhaustive) return { verdict: 'unknown', ...known };
  for (const d of disputesOf(c, 'founders')) {
    const v = d.values.find((x) => claim.page.names.every((n) => String(x.value).includes(n)));
    if (v) return { verdict: 'disputed', data: allValues(known.data, c, 'founders', () => false), source: v.source };
  }
  return { verdict: 'contradicts', ...known };
}

// ---- policies -----------------------------------------------------------------------------------

function judgePeriod(p: Policy, claim: Extract<Claim, { field: 'period' }>): Judgement {
  if (!p.period) return { verdict: 'unknown' };
  const same = p.period.from === claim.page.from && p.period.to === claim.page.to;
  return { verdict: same ? 'agrees' : 'contradicts', data: `${p.period.from}–${p.period.to}`, source: p.sources[0]! };
}

function judgeDesignation(p: Policy, claim: Extract<Claim, { field: 'designation' }>): Judgement {
  const d = p.designations?.find((x) => x.place === claim.page.place.id);
  if (!d) return { verdict: 'unknown' };
  return judgeDate(p, 'designations', claim.page.date, d);
}

// ---- entry --------------------------------------------------------------------------------------

export function judge(claim: Claim, options: JudgeOptions): Judgement {
  const e = options.lookup(claim.id);
  if (!e) return { verdict: 'unknown' };
  const today = options.today ?? new Date();
  switch (claim.field) {
    case 'founded':
      return e.kind === 'company' ? judgeDate(e, 'founded', claim.page, e.founded) : { verdict: 'unknown' };
    case 'established':
      return e.kind === 'zone' ? judgeDate(e, 'established', claim.page, e.established) : { verdict: 'unknown' };
    case 'year':
      return e.kind === 'policy' ? judgeDate(e, 'year', claim.page, e.year) : { verdict: 'unknown' };
    case 'launched':
      return e.kind === 'product' ? judgeDate(e, 'launched', claim.page, e.launched) : { verdict: 'unknown' };
    case 'population':
      return e.kind === 'city' ? judgeFigure(e, 'population', claim.page, e.population, today) : { verdict: 'unknown' };
    case 'gdp':
      return e.kind === 'city' ? judgeFigure(e, 'gdp', claim.page, e.gdp, today) : { verdict: 'unknown' };
    case 'revenue':
      return e.kind === 'company' ? judgeFigure(e, 'revenue', claim.page, e.revenue, today) : { verdict: 'unknown' };
    case 'employees':
      return e.kind === 'company' ? judgeFigure(e, 'employees', claim.page, e.employees, today) : { verdict: 'unknown' };
    case 'headquarters':
      return e.kind === 'company' ? judgeHeadquarters(e, claim.page, options.lookup) : { verdict: 'unknown' };
    case 'listing':
      return e.kind === 'company' ? judgeListing(e, claim) : { verdict: 'unknown' };
    case 'founders':
      return e.kind === 'company' ? judgeFounders(e, claim) : { verdict: 'unknown' };
    case 'period':
      return e.kind === 'policy' ? judgePeriod(e, claim) : { verdict: 'unknown' };
    case 'designation':
      return e.kind === 'policy' ? judgeDesignation(e, claim) : { verdict: 'unknown' };
  }
}
