/**
 * What claim reading produces and judging adds. A claim is a value the page states about one entity,
 * with the span of the value as written; each field carries the one value shape it can have, so a
 * founding year can never hold a place, nor a population a currency.
 */
import type { CityId, Currency, EntityId, Exchange, HttpsUrl, ZoneId } from '../data/schema';

/** Fields whose value is a date: a company's founding, a zone's establishment, a policy's year, a product's launch. */
export type DateField = 'founded' | 'established' | 'year' | 'launched';
/** Fields whose value is a figure that holds for a year. */
export type FigureField = 'population' | 'gdp' | 'revenue' | 'employees';
export type Field = DateField | FigureField | 'period' | 'designation' | 'headquarters' | 'listing' | 'founders';

/** A date at the precision the text gives it. */
export type DateValue =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'day'; readonly year: number; readonly month: number; readonly day: number };

export type FigureUnit = 'people' | 'employees' | Currency;
/** How the page bounds a figure: "12.5m" exact (to its rounding), "about", "more than", "under". */
export type Bound = 'exact' | 'about' | 'over' | 'under';

export interface FigureValue {
  /** Absolute value: "1.4 trillion yuan" is 1.4e12. */
  readonly value: number;
  readonly unit: FigureUnit;
  /** Half a unit of the last digit written, in absolute terms: "12.5m" gives 50,000. */
  readonly step: number;
  readonly bound: Bound;
  /** The year the sentence says the figure is for, when it says. */
  readonly year?: number;
}

/** A place as written; `id` when it is a city or zone of the dataset. */
export interface PlaceValue {
  readonly text: string;
  readonly id?: CityId | ZoneId;
}

export interface Venue {
  readonly text: string;
  /** Exchanges the words can mean: "New York" is the NYSE or Nasdaq. */
  readonly exchanges: readonly Exchange[];
}

/** A listing names its venue, its date, or both. */
export type ListingValue = { readonly venue: Venue; readonly date?: DateValue } | { readonly venue?: undefined; readonly date: DateValue };

export interface FoundersValue {
  readonly names: readonly string[];
  /** "founded by X and Y" names them all; "co-founded by X", "X and others" do not. */
  readonly exhaustive: boolean;
}

export interface PeriodValue {
  readonly from: number;
  readonly to: number;
}

/** A place designated under a policy at a date ("Shenzhen became a Special Economic Zone in 1980"). */
export interface DesignationValue {
  readonly place: PlaceValue & { readonly id: CityId | ZoneId };
  readonly date: DateValue;
}

interface ClaimOf<F extends Field, V> {
  /** [start, end) of the value as written, UTF-16 offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** The entity the statement is about (for a designation, the policy). */
  readonly id: EntityId;
  readonly field: F;
  readonly page: V;
}

export type Claim =
  | ClaimOf<DateField, DateValue>
  | ClaimOf<FigureField, FigureValue>
  | ClaimOf<'period', PeriodValue>
  | ClaimOf<'designation', DesignationValue>
  | ClaimOf<'headquarters', PlaceValue>
  | ClaimOf<'listing', ListingValue>
  | ClaimOf<'founders', FoundersValue>;

export type Verdict = 'agrees' | 'contradicts' | 'disputed' | 'unknown';

/** A verdict other than `unknown` always says what the sources give and where. */
export type Judgement =
  | { readonly verdict: 'unknown'; readonly data?: string; readonly source?: HttpsUrl }
  | { readonly verdict: Exclude<Verdict, 'unknown'>; readonly data: string; readonly source: HttpsUrl };

export type CheckedClaim = Claim & Judgement;
