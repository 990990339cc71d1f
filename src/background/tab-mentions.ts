/**
 * What each tab mentions, merged over its frames. Kept in memory and mirrored to storage.session,
 * because an MV3 service worker is stopped when idle and would otherwise forget open tabs.
 * Frames report only once their session has started (a page that names nothing never does, and never
 * even listens), so a report counts only while its frame still shows the document it came from: the
 * worker asks each frame (content:hello) when it needs the tab's figures. That is what lets it leave
 * `tabs.onUpdated` alone: listening to it would start the worker for every page load in every tab.
 */
import browser from '../shared/browser';
import { mergeCounts } from '../shared/entity-counts';
import { withoutHash, type Contradiction, type EntityCount, type PageIdentity, type TabMentions } from '../shared/messages';
import { mayRunContentScripts } from './web-page';

interface FrameReport extends PageIdentity {
  readonly entities: readonly EntityCount[];
  readonly contradictions?: readonly Contradiction[];
}

type TabRecord = Record<number, FrameReport>;

/** Which document a frame of a tab shows now; null when nothing there answers. */
export type AskFrame = (tabId: number, frameId: number) => Promise<PageIdentity | null>;

const SESSION_KEY = 'tabMentions';
let tabs: Map<number, TabRecord> | undefined;

/** Records saved in another shape (an earlier version of the extension) are dropped, not misread. */
function isRecord(value: unknown): value is TabRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (f: unknown) =>
        typeof (f as FrameReport)?.startedAt === 'number' &&
        typeof (f as FrameReport).url === 'string' &&
        Array.isArray((f as FrameReport).entities),
    )
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
  tabs ??= new Map(Object.entries(saved).flatMap(([id, record]) => (isRecord(record) ? [[Number(id), record] as const] : [])));
  return tabs;
}

function persist(map: Map<number, TabRecord>): void {
  browser.storage.session?.set({ [SESSION_KEY]: Object.fromEntries(map) }).catch(() => undefined);
}

/** Replaces one frame's report: what it mentions now, in the document `page`. */
export async function recordFrame(
  tabId: number,
  frameId: number,
  page: PageIdentity,
  entities: readonly EntityCount[],
  contradictions: readonly Contradiction[] = [],
): Promise<void> {
  const map = await state();
  const record = map.get(tabId) ?? {};
  record[frameId] = {
    url: withoutHash(page.url),
    startedAt: page.startedAt,
    entities,
    ...(contradictions.length ? { contradictions } : {}),
  };
  map.set(tabId, record);
  persist(map);
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await state();
  if (map.delete(tabId)) persist(map);
}

const sameDocument = (a: PageIdentity, b: PageIdentity | null) => b !== null && a.startedAt === b.startedAt && a.url === withoutHash(b.url);

/**
 * What the page a tab shows now mentions, or null when the extension cannot read it. Only reports of
 * frames that still show the document they reported from count: a frame that has moved on (a new
 * page, a reload, a single-page app's navigation not yet reported) or gone does not, and its report is
 * dropped. The address comes from the top frame, or, when its page names nothing and so never
 * listens, from the tab (`tabUrl`; Chrome shows it once the user has opened the popup there).
 */
export async function mentionsOfPage(
  tabId: number,
  ask: AskFrame,
  tabUrl: () => Promise<string | undefined>,
  /** Frames whose document is known already (a frame that has just reported): not asked again. */
  known: ReadonlyMap<number, PageIdentity> = new Map(),
): Promise<TabMentions | null> {
  const map = await state();
  const record = map.get(tabId) ?? {};
  const reports = Object.entries(record);
  const frameIds = [...new Set([0, ...reports.map(([id]) => Number(id))])];
  const answers = new Map(
    await Promise.all(frameIds.map(async (id) => [id, known.get(id) ?? (await ask(tabId, id).catch(() => null))] as const)),
  );
  const live = reports.filter(([id, frame]) => sameDocument(frame, answers.get(Number(id)) ?? null));
  if (live.length < reports.length) {
    // Reports that arrived while the frames were asked are newer than this answer and stay.
    for (const [id, frame] of reports)
      if (!live.some(([liveId]) => liveId === id) && record[Number(id)] === frame) delete record[Number(id)];
    if (!Object.keys(record).length && map.get(tabId) === record) map.delete(tabId);
    persist(map);
  }
  const top = answers.get(0) ?? null;
  const url = top?.url ?? (await tabUrl());
  if (!top && !live.length && !(url !== undefined && mayRunContentScripts(url))) return null;
  const frames = live.map(([, frame]) => frame);
  const contradictions = frames.flatMap((frame) => frame.contradictions ?? []);
  return {
    ...(url !== undefined ? { url } : {}),
    entities: mergeCounts(frames.map((frame) => frame.entities)),
    ...(contradictions.length ? { contradictions } : {}),
  };
}
