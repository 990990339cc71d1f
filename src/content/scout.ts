/**
 * Most pages name nothing in the dataset, so the content script starts as a scout: it reads the page's
 * text (./page-reader.ts) when the page is idle, then text the page adds or changes, and wakes the page
 * session only when some text may name an entity. Until then it reads no storage, sends no message and
 * builds none of the marking machinery. When it wakes it hands the session everything it has: the
 * prefilter, the reader with the candidates found so far and what is left to read, and its observer.
 *
 * Nothing touches the page before it is idle: the first idle task (./scheduler.ts) checks that it is an
 * HTML page, builds the prefilter, starts the observer and reads, SLICE_MS at a time. An ordinary page
 * is read whole in that one task, which is most of what a page that names nothing pays.
 */
import { watchMutations, type MutationWatcher } from './mutations';
import { PageReader, type MayMention } from './page-reader';
import { SLICE_MS, whenIdle } from './scheduler';

export type { MayMention } from './page-reader';

const SCOUT_TIMEOUT_MS = 300;
/**
 * The scout's slices hold out for room for a whole slice until their timeout: an ordinary page is one
 * slice, and right after a load, when the first idle scraps come, that wait kept a quiet page's cost
 * under 5 ms (README, benchmarks).
 */
const waitForRoom = (slice: () => void) => whenIdle(slice, SCOUT_TIMEOUT_MS, SCOUT_TIMEOUT_MS);

/** What the page session takes over from the scout: nothing the scout read is read again. */
export interface Handover {
  readonly mayMention: MayMention;
  /** The page's reader, mid-read or done; the session drives it from here on. */
  readonly reader: PageReader;
  /** Subtrees the reader found that may name something, in reading order. */
  readonly candidates: readonly Node[];
  /** Open shadow roots the reader found (already watched). */
  readonly shadowRoots: readonly ShadowRoot[];
  readonly watcher: MutationWatcher;
}

/** Pages of prose: not an XML feed or an SVG image open in a tab. */
function isHtmlDocument(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

/**
 * Calls `wake` once, when the page holds text that may name an entity: what it shows now, or what a
 * later change brings (an article loaded by script, a single-page-app navigation); never on a document
 * that is not HTML. `prefilter` is built on the first idle task. Returns a function that stops
 * scouting without waking.
 */
export function scoutPage(doc: Document, prefilter: () => MayMention, wake: (handover: Handover) => void): () => void {
  let reader: PageReader | undefined;
  let watcher: MutationWatcher | undefined;
  let mayMention: MayMention | undefined;
  const candidates: Node[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let cancel: (() => void) | undefined;
  let done = false;

  const stop = () => {
    done = true;
    cancel?.();
    watcher?.pause();
  };

  const slice = () => {
    cancel = undefined;
    if (!reader) {
      // The first slice is the first time the scout touches the page (see the top of this file).
      if (!isHtmlDocument(doc)) return stop();
      mayMention = prefilter();
      reader = new PageReader(doc, mayMention, {
        candidate: (root) => candidates.push(root),
        shadowRoot: (root) => {
          shadowRoots.push(root);
          watcher!.observe(root);
        },
      });
      reader.push(doc.body ?? doc.documentElement);
      // Started in the same task as the first read: no change can fall between the two.
      watcher = watchMutations(doc, (batch) => read(batch.huge ? [doc.body ?? doc.documentElement] : batch.roots));
    }
    const end = performance.now() + SLICE_MS;
    let more: boolean;
    // A slice always reads one step, even when the clock says its time is up.
    do more = reader.step();
    while (more && !candidates.length && performance.now() < end);
    if (candidates.length) {
      done = true;
      wake({ mayMention: mayMention!, reader, candidates, shadowRoots, watcher: watcher! });
      return;
    }
    if (more && !done) cancel = waitForRoom(slice);
  };

  // After waking, changes still reach the reader, which the page session drives once its module has loaded.
  const read = (changed: readonly Node[]) => {
    for (const root of changed) reader!.push(root);
    if (!done) cancel ??= waitForRoom(slice);
  };

  cancel = waitForRoom(slice);
  return stop;
}
