/**
 * What each tab mentions, merged over its frames. Kept in memory and mirrored to storage.session,
 * because an MV3 service worker is stopped when idle and would otherwise forget open tabs.
 * Frames report only once they have looked for mentions (a page that names nothing never does), so the
 * record is read against the page the tab shows now: a record of another page is stale.
 */
import browser from '../shared/browser';
import type { EntityCount, TabMentions } from '../shared/messages';

interface TabRecord {
  /** The top frame's page, without the fragment; unknown while only subframes have reported. */
  url?: string;
  frames: Record<number, readonly EntityCount[]>;
}

export const withoutHash = (url: string) => url.replace(/#.*$/, '');

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

/** Replaces one frame's report, and returns the tab's merged entities; a new top-frame page starts the tab afresh. */
export async function recordFrame(tabId: number, frameId: number, url: string, entities: readonly EntityCount[]) {
  const map = await state();
  const page = withoutHash(url);
  let record = map.get(tabId);
  if (!record || (frameId === 0 && record.url !== undefined && record.url !== page)) {
    record = { frames: {} };
    map.set(tabId, record);
  }
  if (frameId === 0) record.url = page;
  record.frames[frameId] = entities;
  persist(map);
  return entitiesOf(record);
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await state();
  if (map.delete(tabId)) persist(map);
}

/**
 * What the page a tab shows now mentions. `pageUrl` is its top frame's answer to content:hello, null
 * when no content script answered (a page the extension cannot read).
 */
export async function mentionsOfPage(tabId: number, pageUrl: string | null): Promise<TabMentions | null> {
  if (pageUrl === null) return null;
  const record = (await state()).get(tabId);
  const current = record !== undefined && (record.url === undefined || record.url === withoutHash(pageUrl));
  return { url: pageUrl, entities: current ? entitiesOf(record) : [] };
}

function entitiesOf(record: TabRecord): EntityCount[] {
  const counts = new Map<EntityCount['id'], number>();
  for (const frame of Object.values(record.frames)) {
    for (const { id, count } of frame) counts.set(id, (counts.get(id) ?? 0) + count);
  }
  const entities = [...counts].map(([id, count]) => ({ id, count }));
  entities.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return entities;
}
