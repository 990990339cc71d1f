/**
 * The dataset's schema. data/*.ts modules are checked against these types by the compiler
 * (`satisfies readonly City[]` etc.) and by src/data/validate.ts at build and test time.
 *
 * Conventions that keep wrong states out:
 * - every fact that is a number or a date is a `Fact`/`Figure` carrying its own source URL
 *   (and, for figures, the year it holds for); a date's value is itself its year;
 * - references are typed ids (`EntityId<'city'>`), resolved by validation;
 * - where sources disagree, the entity records the values in `disputed` instead of picking one silently.
 */

export const KINDS = ['city', 'zone', 'company', 'policy', 'product'] as const;
export type Kind = (typeof KINDS)[number];

/** Where each kind's entity modules live: data/<folder>/<slug>.ts, listed by the generated data/index.ts. */
export const KIND_FOLDERS = {
  city: 'cities',
  zone: 'zones',
  company: 'companies',
  policy: 'policies',
  product: 'products',
} as const satisfies Record<Kind, string>;

/** "KIND:slug", e.g. "city:shenzhen", "company:jd-com". */
export type EntityId<K extends Kind = Kind> = `${K}:${string}`;
export type CityId = EntityId<'city'>;
export type ZoneId = EntityId<'zone'>;
export type CompanyId = EntityId<'company'>;
export type PolicyId = EntityId<'policy'>;
export type ProductId = EntityId<'product'>;

export type HttpsUrl = `https://${string}`;

/** A sourced value. For dates (founding, adoption) the value is the year and is its own as-of. */
export interface Fact<T> {
  readonly value: T;
  readonly source: HttpsUrl;
  /** Short qualifier shown beside the value, e.g. "permanent residents" or "registered in Hong Kong". */
  readonly note?: string;
}

/** A year-valued fact: founding year, year a zone was set up, year a policy was adopted. */
export type YearFact = Fact<number>;

export type CountUnit = 'people' | 'employees' | 'km2';
/** What a product's headline figure counts: users (the note says which: monthly active, registered), a market share, units sold. */
export type ProductUnit = 'users' | 'percent' | 'units';
export type Currency = 'CNY' | 'USD' | 'HKD' | 'MOP';

/** A number that holds for a given year (population, GDP, revenue, head count). */
export interface Figure<U extends string = CountUnit | ProductUnit | Currency> extends Fact<number> {
  readonly unit: U;
  /** The year the value holds for (as-of), not the year it was published. */
  readonly year: number;
}
export type Count = Figure<CountUnit>;
export type Money = Figure<Currency>;

/** Why an alias cannot be trusted on its own: the detector must confirm it from context. */
export type AmbiguityReason =
  | 'common-word' // "honor", "vivo" (in vivo), "ant", "horizon"
  | 'person-name' // "Didi", "Li", "Ali Baba"
  | 'other-entity' // "BoE" (Bank of England), "JD" (JD Sports), "Tcl" (the language)
  | 'abbreviation' // short all-caps forms: "SEZ", "FYP", "MIC 2025"
  | 'place-name'; // a name shared with a place outside this dataset, or a larger region

export interface AliasSpec {
  readonly text: string;
  /** Set when the alias is also an ordinary word or another thing's name. */
  readonly needsContext?: AmbiguityReason;
  /** Match only with exactly this capitalisation ("BOE", "TCL", "NIO"). Default: case-insensitive. */
  readonly exactCase?: boolean;
}
/** A plain string is an unambiguous, case-insensitive alias. Chinese-script forms are aliases too. */
export type Alias = string | AliasSpec;

export interface Names {
  /** Simplified Chinese. */
  readonly zh: string;
  /** Traditional Chinese, where it differs (Hong Kong, Taiwan usage). */
  readonly zhHant?: string;
  readonly pinyin?: string;
}

/** Values that sources give differently; all are kept, with their sources. */
export interface Dispute {
  /** The field in question, e.g. "founded" or "headquarters". */
  readonly field: string;
  readonly values: readonly { readonly value: string | number; readonly source: HttpsUrl }[];
  /** One sentence on why they differ, when known. */
  readonly note?: string;
}

interface EntityBase<K extends Kind> {
  readonly id: EntityId<K>;
  readonly kind: K;
  /** English display name. */
  readonly name: string;
  readonly names: Names;
  /** Other ways text may call it; `name` and `names.zh`/`zhHant` are matched without being listed here. */
  readonly aliases: readonly Alias[];
  /** One or two sentences, in our own words. */
  readonly summary: string;
  readonly related: readonly EntityId[];
  /** Pages that back the summary and the facts. At least one. */
  readonly sources: readonly HttpsUrl[];
  readonly disputed?: readonly Dispute[];
}

export interface City extends EntityBase<'city'> {
  /** Province name, or "municipality" (directly administered) or "SAR". */
  readonly province: string;
  readonly population?: Figure<'people'>;
  readonly gdp?: Money;
  /** Sectors the city is known for, short lowercase phrases ("hardware", "e-commerce"). */
  readonly knownFor: readonly string[];
  readonly zones: readonly ZoneId[];
}

export type ZoneType = 'district' | 'park' | 'new-area' | 'free-trade-zone' | 'region';

interface ZoneBase extends EntityBase<'zone'> {
  readonly established?: YearFact;
  readonly focus: readonly string[];
  readonly area?: Figure<'km2'>;
}
/** A district, park or new area sits in one city. */
export interface LocalZone extends ZoneBase {
  readonly zoneType: Exclude<ZoneType, 'region'>;
  readonly city: CityId;
}
/** A region (Yangtze River Delta, Greater Bay Area) spans several cities. */
export interface RegionZone extends ZoneBase {
  readonly zoneType: 'region';
  readonly cities: readonly CityId[];
}
export type Zone = LocalZone | RegionZone;

export type Exchange = 'NYSE' | 'NASDAQ' | 'HKEX' | 'SSE' | 'SSE STAR' | 'SZSE' | 'SZSE ChiNext' | 'BSE' | 'TWSE' | 'LSE' | 'SIX' | 'KRX';

export interface Listing {
  readonly exchange: Exchange;
  readonly ticker: string;
  /** Year of listing, where sourced. */
  readonly since?: number;
}

export type CompanyStatus =
  | { readonly state: 'acquired'; readonly year: number; readonly acquirer: CompanyId | string; readonly source: HttpsUrl }
  | {
      readonly state: 'merged' | 'defunct' | 'delisted' | 'renamed' | 'spun-off';
      readonly year: number;
      readonly note: string;
      readonly source: HttpsUrl;
    };

export interface Company extends EntityBase<'company'> {
  readonly founded: YearFact;
  /** A city id when the city is in the dataset, otherwise the place name ("Ningde", "Singapore"). */
  readonly headquarters: CityId | string;
  readonly founders: readonly string[];
  readonly sectors: readonly string[];
  readonly listings: readonly Listing[];
  readonly parent?: CompanyId;
  /** Absent: operating independently (or as a subsidiary, see `parent`). */
  readonly status?: CompanyStatus;
  readonly employees?: Figure<'employees'>;
  readonly revenue?: Money;
}

/**
 * Who made a policy: China (the default) or another jurisdiction whose measures aim at China's tech
 * sector (the US Entity List, Dutch export licences). ISO 3166 codes, and EU for the Union.
 */
export type Jurisdiction = 'CN' | 'US' | 'EU' | 'NL' | 'JP' | 'GB' | 'TW' | 'KR' | 'IN' | 'DE';

/** A place designated under a policy, with the year and its source; `note` may give the month. */
export interface Designation extends Fact<number> {
  readonly place: CityId | ZoneId;
}

export interface Policy extends EntityBase<'policy'> {
  /** Year launched or adopted. */
  readonly year: YearFact;
  /** Who issued it ("State Council", "NPC Standing Committee", "US Commerce Department (BIS)"). */
  readonly issuer: string;
  /** Absent: a Chinese policy. */
  readonly jurisdiction?: Jurisdiction;
  /**
   * Places designated under the policy and when (Shenzhen a Special Economic Zone in 1980, Hangzhou the
   * first cross-border e-commerce pilot zone in 2015), so a claim about one place is checked against
   * that place's own date rather than the policy's launch year.
   */
  readonly designations?: readonly Designation[];
  readonly period?: { readonly from: number; readonly to: number };
  /** A few short lines in our own words. */
  readonly goals: readonly string[];
}

export type ProductCategory = 'app' | 'platform' | 'ai-model' | 'chip' | 'operating-system' | 'vehicle-brand' | 'device';

/** Platforms, apps, AI models, chips, operating systems and vehicle brands that readers meet by name. */
export interface Product extends EntityBase<'product'> {
  /** The company that makes or runs it. */
  readonly owner: CompanyId;
  readonly category: ProductCategory;
  /** What it is, a short phrase in our own words ("messaging and payments app"). */
  readonly what: string;
  /** Year launched (released, first sold). */
  readonly launched: YearFact;
  /** One headline figure where sourced; its note says what it counts ("monthly active users"). */
  readonly headline?: Figure<ProductUnit>;
}

export type Entity = City | Zone | Company | Policy | Product;
export type EntityOfKind<K extends Kind> = Extract<Entity, { kind: K }>;

export const aliasText = (alias: Alias): string => (typeof alias === 'string' ? alias : alias.text);
export const kindOf = (id: EntityId): Kind => id.slice(0, id.indexOf(':')) as Kind;

/** What kind of organisation published a source. */
export const PUBLISHER_KINDS = ['official', 'regulator', 'exchange', 'company', 'news', 'reference', 'research'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/**
 * Who stands behind a source address: a statistics bureau, a government, a regulator or exchange, the
 * company itself, a news organisation, a reference work, a research body. Every source's host must
 * belong to one (src/data/validate.ts), so a copy of someone else's page cannot pass as a source.
 */
export interface Publisher {
  /** Lowercase slug, e.g. "reuters", "hangzhou-statistics". */
  readonly id: string;
  /** Shown as the source link's text ("Reuters", "Hangzhou Bureau of Statistics"). */
  readonly name: string;
  readonly kind: PublisherKind;
  /** Hosts it publishes on; a subdomain of one counts ("www.reuters.com" under "reuters.com"). */
  readonly domains: readonly string[];
}
