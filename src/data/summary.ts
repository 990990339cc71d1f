/**
 * The dataset in figures, as the README states them: entities per kind, facts and figures with the
 * years they hold for, sources per publisher kind, recorded disagreements. Computed, never typed: the
 * README's block is checked against this (tests/unit/readme-dataset.test.ts) and printed by
 * `npm run --silent dataset -- --summary`.
 */
import type { PublisherLookup } from './publishers';
import { type Entity, KINDS, type Kind, PUBLISHER_KINDS, type PublisherKind } from './schema';

export interface DatasetSummary {
  readonly entities: number;
  readonly byKind: Readonly<Record<Kind, number>>;
  /** Sourced values anywhere in an entity (dates, figures, listings…). */
  readonly facts: number;
  /** Facts that are numbers holding for a year, counted per year. */
  readonly figureYears: ReadonlyMap<number, number>;
  readonly sources: number;
  readonly sourcesByPublisherKind: Readonly<Record<PublisherKind, number>>;
  readonly disputes: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function summarize(entities: readonly Entity[], publisherOf: PublisherLookup): DatasetSummary {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  const figureYears = new Map<number, number>();
  const sources = new Set<string>();
  let facts = 0;
  let disputes = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.source === 'string' && 'value' in value) {
      facts++;
      if (typeof value.value === 'number' && typeof value.unit === 'string' && typeof value.year === 'number') {
        figureYears.set(value.year, (figureYears.get(value.year) ?? 0) + 1);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source' && typeof child === 'string') sources.add(child);
      else if (key === 'sources' && Array.isArray(child)) for (const url of child) sources.add(String(url));
      else walk(child);
    }
  };
  for (const entity of entities) {
    byKind[entity.kind]++;
    disputes += entity.disputed?.length ?? 0;
    walk(entity);
  }
  const sourcesByPublisherKind = Object.fromEntries(PUBLISHER_KINDS.map((kind) => [kind, 0])) as Record<PublisherKind, number>;
  for (const url of sources) {
    const publisher = publisherOf(url);
    if (publisher) sourcesByPublisherKind[publisher.kind]++;
  }
  return { entities: entities.length, byKind, facts, figureYears, sources: sources.size, sourcesByPublisherKind, disputes };
}

const PLURAL: Readonly<Record<Kind, string>> = {
  city: 'cities',
  zone: 'tech zones',
  company: 'companies',
  policy: 'policies',
  product: 'products',
};

/** The README's paragraph, in Markdown. */
export function summaryMarkdown(s: DatasetSummary): string {
  const kinds = KINDS.map((kind) => `${s.byKind[kind]} ${PLURAL[kind]}`).join(', ');
  const years = [...s.figureYears.entries()].sort(([a], [b]) => b - a);
  const figures = years.reduce((sum, [, n]) => sum + n, 0);
  const recent = years.filter(([year]) => year >= 2024).reduce((sum, [, n]) => sum + n, 0);
  const byYear = years.map(([year, n]) => `${year}: ${n}`).join(', ');
  const publisherKinds = PUBLISHER_KINDS.filter((kind) => s.sourcesByPublisherKind[kind] > 0)
    .map((kind) => `${kind} ${s.sourcesByPublisherKind[kind]}`)
    .join(', ');
  return [
    `- **${s.entities} entities**: ${kinds}.`,
    `- ${s.facts} sourced facts, ${figures} of them figures that carry the year they hold for (${recent} for 2024 or later; by year: ${byYear}).`,
    `- ${s.sources} distinct source pages, by publisher kind: ${publisherKinds}.`,
    `- ${s.disputes} recorded disagreements between sources.`,
  ].join('\n');
}
