/**
 * Most pages name nothing in the dataset, so the content script starts as a scout: it asks the word
 * prefilter about the page's text, then about text the page adds or changes, and wakes the full page
 * session only when some text may name an entity. Until then it reads no storage, sends no message
 * and builds none of the marking machinery.
 * Nothing touches the page before it is idle: the first idle task (./scheduler.ts) checks that it is
 * an HTML page, builds the prefilter, starts the observer and reads the text, SLICE_MS at a time, so
 * even a page of megabytes is never blocked by it. An ordinary page is read whole in that one task,
 * which is most of what a page that names nothing pays.
 */
import { watchMutations, type MutationWatcher } from './mutations';
import { SLICE_MS, whenIdle } from './scheduler';

const SCOUT_TIMEOUT_MS = 300;
/**
 * The scout's slices hold out for room for a whole slice until their timeout: an ordinary page is one
 * slice, and right after a load, when the first idle scraps come, that wait took a page that names
 * nothing from 5.1–5.7 to 4.1–4.8 ms of wall-clock time (alternating runs; the README's bench section).
 */
const waitForRoom = (slice: () => void) => whenIdle(slice, SCOUT_TIMEOUT_MS, SCOUT_TIMEOUT_MS);

export type MayMention = (text: string) => boolean;

/** Characters the prefilter reads in one call: an ordinary article's text is one chunk. */
export const CHUNK_CHARS = 65_536;
/** Each chunk reaches this far into the next, so a name cut by a chunk border is still read whole. */
export const OVERLAP_CHARS = 256;

/** Elements the search for open shadow roots (whose text textContent leaves out) passes per step. */
export const ELEMENTS_PER_PAUSE = 1024;

/** Pages of prose: not an XML feed or an SVG image open in a tab. */
function isHtmlDocument(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

/**
 * Calls `wake` once, when the page holds text that may name an entity: what it shows now, or what a
 * later change brings (an article loaded by script, a single-page-app navigation); never on a
 * document that is not HTML. `prefilter` is built on the first idle task, and `wake` receives it.
 * Returns a function that stops scouting without waking.
 */
export function scoutPage(doc: Document, prefilter: () => MayMention, wake: (mayMention: MayMention) => void): () => void {
  let mayMention: MayMention | undefined;
  let watcher: MutationWatcher | undefined;
  /** Subtrees still to read (the page, open shadow roots, changed blocks). */
  const roots: Node[] = [];
  // The subtree being read: its text from `at` on, then its elements, searched for open shadow roots.
  let text = '';
  let at = 0;
  let elements: TreeWalker | undefined;
  let cancel: (() => void) | undefined;
  let done = false;

  const stop = () => {
    done = true;
    cancel?.();
    watcher?.stop();
  };

  /** One bounded piece of reading; false once nothing is left. */
  const step = (test: MayMention): boolean => {
    if (at < text.length) {
      const chunk = at === 0 && text.length <= CHUNK_CHARS + OVERLAP_CHARS ? text : text.slice(at, at + CHUNK_CHARS + OVERLAP_CHARS);
      at += CHUNK_CHARS;
      if (test(chunk)) {
        stop();
        wake(test);
      }
      return true;
    }
    if (elements) {
      for (let passed = 0; passed < ELEMENTS_PER_PAUSE; passed++) {
        const element = elements.nextNode() as Element | null;
        if (!element) {
          elements = undefined;
          break;
        }
        const shadow = element.shadowRoot;
        if (shadow) {
          roots.push(shadow);
          watcher!.observe(shadow);
        }
      }
      return true;
    }
    const root = roots.pop();
    if (!root) return false;
    if (root.isConnected) {
      text = root.textContent ?? '';
      at = 0;
      elements = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
    }
    return true;
  };

  const slice = () => {
    cancel = undefined;
    if (!watcher) {
      // The first slice is the first time the scout touches the page (see the top of this file).
      if (!isHtmlDocument(doc)) return stop();
      roots.push(doc.body ?? doc.documentElement);
      // Started in the same task as the first read: no change can fall between the two.
      watcher = watchMutations(doc, () => false, (batch) => read(batch.huge ? [doc.body ?? doc.documentElement] : batch.roots));
    }
    const test = (mayMention ??= prefilter());
    const end = performance.now() + SLICE_MS;
    let more: boolean;
    do more = step(test);
    while (more && !done && performance.now() < end);
    if (more && !done) cancel = waitForRoom(slice);
  };

  const read = (changed: readonly Node[]) => {
    for (const root of changed) if (!roots.includes(root)) roots.push(root);
    cancel ??= waitForRoom(slice);
  };

  cancel = waitForRoom(slice);
  return stop;
}
