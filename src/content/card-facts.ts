/**
 * Which facts a card shows for each kind, in the order that matters for that kind, with the year each
 * value holds for and its source. Pure: labels come through `t`, so tests run without an extension.
 */
import type { City, Company, Entity, EntityId, Figure, Policy, Product, Zone } from '../data/schema';
import type { CardDetail } from '../shared/settings';
import type { Translate } from '../shared/i18n';
import type { CardData } from '../shared/messages';

export interface CardFact {
  readonly label: string;
  readonly value: string;
  /** Entities the value names (a product's maker, a company's products): the card offers them as links. */
  readonly refs?: readonly EntityId[];
  /** The year the value holds for (figures) or happened in, shown beside it. */
  readonly year?: number;
  readonly source?: string;
}

export interface FactContext {
  readonly t: Translate;
  readonly labels: CardData['labels'];
  /** BCP 47 language for number formatting. */
  readonly lang: string;
}

const FACTS_BY_DETAIL: Readonly<Record<CardDetail, number>> = { compact: 3, full: 5 };

function formatFigure(figure: Figure, lang: string): string {
  if (figure.unit === 'percent')
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(figure.value / 100);
  const number = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(figure.value);
  if (figure.unit === 'people' || figure.unit === 'employees' || figure.unit === 'users' || figure.unit === 'units') return number;
  if (figure.unit === 'km2') return `${number} km²`;
  return `${figure.unit} ${number}`;
}

const refName = (ref: string, ctx: FactContext): string => ctx.labels[ref]?.name ?? ref;

const figureFact = (label: string, figure: Figure | undefined, ctx: FactContext): CardFact[] =>
  figure ? [{ label, value: formatFigure(figure, ctx.lang), year: figure.year, source: figure.source }] : [];

const listFact = (label: string, items: readonly string[] | undefined, max = 4): CardFact[] =>
  items?.length ? [{ label, value: items.slice(0, max).join(', ') }] : [];

function cityFacts(c: City, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  return [
    { label: t('cardProvince'), value: c.province },
    ...figureFact(t('cardPopulation'), c.population, ctx),
    ...figureFact(t('cardGdp'), c.gdp, ctx),
    ...listFact(t('cardKnownFor'), c.knownFor),
  ];
}

function zoneFacts(z: Zone, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  const place =
    z.zoneType === 'region'
      ? { label: t('cardCities'), value: (z.cities ?? []).map((c) => refName(c, ctx)).join(', ') }
      : { label: t('cardCity'), value: refName(z.city, ctx) };
  return [
    place,
    ...(z.established ? [{ label: t('cardEstablished'), value: String(z.established.value), source: z.established.source }] : []),
    ...listFact(t('cardFocus'), z.focus),
    ...figureFact(t('cardArea'), z.area, ctx),
  ];
}

function companyStatus(c: Company, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  const s = c.status;
  if (s) {
    const stateKey = {
      merged: 'cardStateMerged',
      defunct: 'cardStateDefunct',
      delisted: 'cardStateDelisted',
      renamed: 'cardStateRenamed',
      'spun-off': 'cardStateSpunOff',
    } as const;
    const value = s.state === 'acquired' ? t('cardStateAcquired', refName(s.acquirer, ctx)) : t(stateKey[s.state]);
    return [{ label: t('cardStatus'), value, year: s.year, source: s.source }];
  }
  return c.parent ? [{ label: t('cardParent'), value: refName(c.parent, ctx) }] : [];
}

/** A company's products in the card data (derived from their owners), each a link to its own card. */
function productsFact(c: Company & { readonly products?: readonly EntityId[] }, ctx: FactContext): CardFact[] {
  const ids = (c.products ?? []).filter((id) => ctx.labels[id]).slice(0, 8);
  return ids.length ? [{ label: ctx.t('cardProducts'), value: ids.map((id) => refName(id, ctx)).join(', '), refs: ids }] : [];
}

function companyFacts(c: Company, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  const listings = c.listings?.length
    ? c.listings.map((l) => `${l.exchange}: ${l.ticker}${l.since ? ` (${l.since})` : ''}`).join(' · ')
    : t('cardNotListed');
  return [
    { label: t('cardFounded'), value: String(c.founded.value), source: c.founded.source },
    { label: t('cardHeadquarters'), value: refName(c.headquarters, ctx) },
    { label: t('cardListings'), value: listings },
    ...companyStatus(c, ctx),
    ...productsFact(c, ctx),
    ...figureFact(t('cardRevenue'), c.revenue, ctx),
    ...figureFact(t('cardEmployees'), c.employees, ctx),
    ...listFact(t('cardSectors'), c.sectors),
  ];
}

function policyFacts(p: Policy, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  return [
    { label: t('cardYear'), value: String(p.year.value), source: p.year.source },
    { label: t('cardIssuer'), value: p.issuer },
    ...(p.period ? [{ label: t('cardPeriod'), value: `${p.period.from}–${p.period.to}` }] : []),
    ...listFact(t('cardGoals'), p.goals, 3),
  ];
}

function productFacts(p: Product, ctx: FactContext): CardFact[] {
  const { t } = ctx;
  const headline = p.headline ? figureFact(p.headline.note ?? t('cardHeadline'), p.headline, ctx) : [];
  return [
    { label: t('cardOwner'), value: refName(p.owner, ctx), refs: ctx.labels[p.owner] ? [p.owner] : [] },
    { label: t('cardWhat'), value: p.what },
    { label: t('cardLaunched'), value: String(p.launched.value), source: p.launched.source },
    ...headline,
  ];
}

const FACTS_BY_KIND: { readonly [K in Entity['kind']]: (entity: Extract<Entity, { kind: K }>, ctx: FactContext) => CardFact[] } = {
  city: cityFacts,
  zone: zoneFacts,
  company: companyFacts,
  policy: policyFacts,
  product: productFacts,
};

/** The facts that matter most for the entity's kind: 3 in the compact card, up to 5 in the full one. */
export function cardFacts(entity: Entity, detail: CardDetail, ctx: FactContext): CardFact[] {
  const all = FACTS_BY_KIND[entity.kind](entity as never, ctx);
  return all.filter((f) => f.value).slice(0, FACTS_BY_DETAIL[detail]);
}
