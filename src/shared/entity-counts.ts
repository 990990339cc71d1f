/**
 * How often each entity is mentioned, most mentioned first, ties in code-unit order of the id: one rule
 * for the page's report and the worker's merge over a tab's frames, so the popup and the badge agree.
 * (Not localeCompare: its first call builds a collator, about 10 ms on a page.)
 */
import type { EntityId } from '../data/schema';
import type { EntityCount } from './messages';

const byCount = (a: EntityCount, b: EntityCount): number => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Counts the mentions given (anything with an entity id). */
export function countEntities(mentions: Iterable<{ readonly id: EntityId }>): EntityCount[] {
  const counts = new Map<EntityId, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort(byCount);
}

/** Adds up counts from several reports (a tab's frames). */
export function mergeCounts(reports: Iterable<readonly EntityCount[]>): EntityCount[] {
  const counts = new Map<EntityId, number>();
  for (const report of reports) for (const { id, count } of report) counts.set(id, (counts.get(id) ?? 0) + count);
  return [...counts].map(([id, count]) => ({ id, count })).sort(byCount);
}
