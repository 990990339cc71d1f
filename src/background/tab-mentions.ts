/**
 * What each tab mentions, merged over its frames. Kept in memory and mirrored to storage.session,
 * because an MV3 service worker is stopped when idle and would otherwise forget open tabs.
 * Frames report only once they have looked for mentions (a page that names nothing never does), so
 * every report says which document it comes from (PageIdentity), and the record is read against the
 * document the tab shows now. That is what lets the worker leave `tabs.onUpdated` alone: listening to
 * it would start the worker for every page load in every tab.
 */
import browser from '../shared/browser';
import { withoutHash, type EntityCount, type PageIdentity, type TabMentions } from '../shared/messages';

interface FrameReport {
  readonly entities: readonly EntityCount[];
  /** When the frame's document started. */
  readonly startedAt: number;
}

interface TabRecord {
  /** The top frame's document, once it has reported. */
  top?: PageIdentity;
  frames: Record<number, FrameReport>;
}

/**
 * Document start times come from each frame's own clock (frames may live in other processes), so a
 * frame counts as started with or after its top document within this margin. Documents of successive
 * pages start much further apart: the old page has to be loaded and read first.
 */
const SAME_TIME_MS = 50;
const startedWith = (frame: { startedAt: number }, top: { startedAt: number }) => frame.startedAt >= top.startedAt - SAME_TIME_MS;

const SESSION_KEY = 'tabMentions';
let tabs: Map<number, TabRecord> | undefined;

/** Records saved in another shape (an earlier version of the extension) are dropped, not misread. */
function isRecord(value: unknown): value is TabRecord {
  if (typeof value !== 'object' || value === null) return false;
  const frames = (value as TabRecord).frames;
  return (
    typeof frames === 'object' &&
    frames !== null &&
    Object.values(frames).every((f: unknown) => typeof (f as FrameReport)?.startedAt === 'number' && Array.isArray((f as FrameReport).entities))
  );
}

async function state(): Promise<Map<number, TabRecord>> {
  if (tabs) return tabs;
  let saved: Record<string, unknown> = {};
  try {
    saved = ((await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as Record<string, unknown>) ?? {};
  } catch {
    // storage.session missing (old browser): memory only.
  }
  tabs ??= new Map(
    Object.entries(saved).flatMap(([id, record]) => (isRecord(record) ? [[Number(id), record] as const] : [])),
  );
  return tabs;
}

function persist(map: Map<number, TabRecord>): void {
  browser.storage.session?.set({ [SESSION_KEY]: Object.fromEntries(map) }).catch(() => undefined);
}

/**
 * Replaces one frame's report, and returns what the tab's current document mentions, as far as the
 * worker knows it (for the badge).
 * - The top frame of a new document drops every report from before it; its page's subframes that
 *   reported first stay.
 * - The top frame of the same document at another address (a single-page app's navigation) starts
 *   the tab afresh: its subframes report again once they have looked.
 * - A subframe whose document started before the top frame's belongs to a page the tab has left.
 */
export async function recordFrame(tabId: number, frameId: number, page: PageIdentity, entities: readonly EntityCount[]) {
  const map = await state();
  const report: FrameReport = { entities, startedAt: page.startedAt };
  const url = withoutHash(page.url);
  let record = map.get(tabId);
  if (!record) map.set(tabId, (record = { frames: {} }));
  const { top } = record;
  if (frameId === 0) {
    if (!top || top.startedAt !== page.startedAt) {
      record.frames = Object.fromEntries(Object.entries(record.frames).filter(([, frame]) => startedWith(frame, page)));
    } else if (top.url !== url) {
      record.frames = {};
    }
    record.top = { url, startedAt: page.startedAt };
  } else if (top && !startedWith(report, top)) {
    return entitiesOf(Object.values(record.frames));
  }
  record.frames[frameId] = report;
  persist(map);
  return entitiesOf(Object.values(record.frames));
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await state();
  if (map.delete(tabId)) persist(map);
}

/**
 * What the page a tab shows now mentions. `page` is its top frame's answer to content:hello, null when
 * no content script answered (a page the extension cannot read). Only reports of that document and of
 * frames that started with it count: an earlier page's, or an earlier address's in a single-page app,
 * do not.
 */
export async function mentionsOfPage(tabId: number, page: PageIdentity | null): Promise<TabMentions | null> {
  if (page === null) return null;
  const record = (await state()).get(tabId);
  const sameDocument = record?.top?.startedAt === page.startedAt;
  // The top frame moved on within its document, and has not reported for its new address yet.
  if (sameDocument && record?.top?.url !== withoutHash(page.url)) return { url: page.url, entities: [] };
  const frames = Object.entries(record?.frames ?? {}).filter(([id, frame]) => (Number(id) === 0 ? sameDocument : startedWith(frame, page)));
  return { url: page.url, entities: entitiesOf(frames.map(([, frame]) => frame)) };
}

function entitiesOf(frames: readonly FrameReport[]): EntityCount[] {
  const counts = new Map<EntityCount['id'], number>();
  for (const frame of frames) {
    for (const { id, count } of frame.entities) counts.set(id, (counts.get(id) ?? 0) + count);
  }
  const entities = [...counts].map(([id, count]) => ({ id, count }));
  entities.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return entities;
}
