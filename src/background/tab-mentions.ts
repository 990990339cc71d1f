/**
 * What each tab mentions, merged over its frames. Kept in memory and mirrored to storage.session,
 * because an MV3 service worker is stopped when idle and would otherwise forget open tabs.
 */
import browser from '../shared/browser';
import type { EntityCount, TabMentions } from '../shared/messages';

interface TabRecord {
  url: string;
  frames: Record<number, readonly EntityCount[]>;
}

const SESSION_KEY = 'tabMentions';
let tabs: Map<number, TabRecord> | undefined;

async function state(): Promise<Map<number, TabRecord>> {
  if (tabs) return tabs;
  let saved: Record<string, TabRecord> = {};
  try {
    saved = ((await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as Record<string, TabRecord>) ?? {};
  } catch {
    // storage.session missing (old browser): memory only.
  }
  tabs ??= new Map(Object.entries(saved).map(([id, record]) => [Number(id), record]));
  return tabs;
}

function persist(map: Map<number, TabRecord>): void {
  browser.storage.session?.set({ [SESSION_KEY]: Object.fromEntries(map) }).catch(() => undefined);
}

/** Replaces one frame's report; a new top-frame URL starts the tab afresh. */
export async function recordFrame(tabId: number, frameId: number, url: string, entities: readonly EntityCount[]) {
  const map = await state();
  let record = map.get(tabId);
  if (!record || (frameId === 0 && record.url !== url)) {
    record = { url: frameId === 0 ? url : (record?.url ?? url), frames: {} };
    map.set(tabId, record);
  }
  record.frames[frameId] = entities;
  persist(map);
  return mentionsOf(record);
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await state();
  if (map.delete(tabId)) persist(map);
}

export async function getTabMentions(tabId: number): Promise<TabMentions | null> {
  const record = (await state()).get(tabId);
  return record ? mentionsOf(record) : null;
}

function mentionsOf(record: TabRecord): TabMentions {
  const counts = new Map<EntityCount['id'], number>();
  for (const frame of Object.values(record.frames)) {
    for (const { id, count } of frame) counts.set(id, (counts.get(id) ?? 0) + count);
  }
  const entities = [...counts].map(([id, count]) => ({ id, count }));
  entities.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { url: record.url, entities };
}
