/**
 * Most pages name nothing in the dataset, so the content script starts as a scout: it asks the word
 * prefilter about the page's text, then about text the page adds or changes, and wakes the full page
 * session only when some text may name an entity. Until then it reads no storage, sends no message
 * and builds none of the marking machinery.
 * Text is read when the page is idle, a chunk at a time and SLICE_MS per task, so even a page of
 * megabytes is never blocked by it.
 */
import { watchMutations } from './mutations';
import { SLICE_MS, whenIdle } from './scheduler';

/** Characters the prefilter reads in one call: a few hundred microseconds of work. */
export const CHUNK_CHARS = 16_384;
/** Each chunk reaches this far into the next, so a name cut by a chunk border is still read whole. */
const OVERLAP_CHARS = 256;

/** Elements the search for shadow roots passes between two chances to look at the clock. */
export const ELEMENTS_PER_PAUSE = 1024;

/**
 * The text under `root` in chunks: its own, then each open shadow root's (textContent leaves them
 * out). An `undefined` is a pause in the search for shadow roots, where the reader may look at the
 * clock: a page of a hundred thousand elements that names nothing is searched over several slices.
 */
export function* textChunks(root: Node): Generator<string | undefined> {
  const text = root.textContent ?? '';
  for (let at = 0; at < text.length; at += CHUNK_CHARS) yield text.slice(at, at + CHUNK_CHARS + OVERLAP_CHARS);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  let passed = 0;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.shadowRoot) yield* textChunks(el.shadowRoot);
    if (++passed % ELEMENTS_PER_PAUSE === 0) yield undefined;
  }
}

/**
 * Calls `wake` once, when the page holds text that may name an entity: what it shows now, or what a
 * later change brings (an article loaded by script, a single-page-app navigation). Returns a function
 * that stops scouting without waking.
 */
export function scoutPage(doc: Document, mayMention: (text: string) => boolean, wake: () => void): () => void {
  const queue: Node[] = [doc.body ?? doc.documentElement];
  let chunks: Generator<string | undefined> | undefined;
  let cancelSlice: (() => void) | undefined;
  let done = false;

  const stop = () => {
    done = true;
    cancelSlice?.();
    watcher.stop();
  };

  const slice = () => {
    cancelSlice = undefined;
    const end = performance.now() + SLICE_MS;
    while (!done && performance.now() < end) {
      if (!chunks) {
        const root = queue.shift();
        if (!root) return;
        if (!root.isConnected) continue;
        chunks = textChunks(root);
      }
      const next = chunks.next();
      if (next.done) chunks = undefined;
      else if (next.value !== undefined && mayMention(next.value)) {
        stop();
        wake();
        return;
      }
    }
    if (!done) cancelSlice = whenIdle(slice);
  };

  const read = (roots: readonly Node[]) => {
    for (const root of roots) if (!queue.includes(root)) queue.push(root);
    cancelSlice ??= whenIdle(slice);
  };

  const watcher = watchMutations(doc, () => false, (batch) => read(batch.huge ? [doc.body ?? doc.documentElement] : batch.roots));
  read([]);
  return stop;
}
