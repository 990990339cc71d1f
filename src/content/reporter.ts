/** Tells the service worker what this frame mentions (for the badge and popup), debounced. */
import type { EntityId } from '../data/schema';
import type { EntityCount } from '../shared/messages';

export const REPORT_DEBOUNCE_MS = 400;

export function countEntities(mentions: Iterable<{ readonly id: EntityId }>): EntityCount[] {
  const counts = new Map<EntityId, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  // Plain code-unit order for ties: localeCompare's first call builds a collator (~10 ms on a page).
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function createReporter(send: (entities: EntityCount[]) => Promise<unknown>, win: Window) {
  let timer = 0;
  let lastSent: string | undefined;
  return {
    /** Schedules a report of `current()`; repeated calls within the debounce collapse into one. */
    schedule(current: () => EntityCount[]): void {
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        const entities = current();
        const key = JSON.stringify(entities);
        if (key === lastSent) return;
        lastSent = key;
        void send(entities).catch(() => undefined);
      }, REPORT_DEBOUNCE_MS);
    },
    /** Forget the last report, so the next one is sent even if equal (after a navigation). */
    reset(): void {
      lastSent = undefined;
    },
  };
}
