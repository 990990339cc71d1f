/**
 * Most pages name nothing in the dataset, so the content script starts as a scout: it asks the word
 * prefilter about the page's text once, then watches for text the page adds or changes, and wakes the
 * full page session only when some text may name an entity. Until then it reads no storage, sends no
 * message and builds none of the marking machinery.
 */
import { watchMutations } from './mutations';
import { openShadowRoots } from './text-blocks';

/** Whether any text under `root`, open shadow roots included (textContent leaves them out), may name an entity. */
export function subtreeMayMention(root: Node, mayMention: (text: string) => boolean): boolean {
  if (mayMention(root.textContent ?? '')) return true;
  return openShadowRoots(root).some((shadow) => subtreeMayMention(shadow, mayMention));
}

/**
 * Calls `wake` once: at once when the page already holds a candidate, otherwise when a later change
 * brings one (an article loaded by script, a single-page-app navigation). Returns a function that stops
 * watching without waking.
 */
export function scoutPage(doc: Document, mayMention: (text: string) => boolean, wake: () => void): () => void {
  const root = doc.body ?? doc.documentElement;
  if (root && subtreeMayMention(root, mayMention)) {
    wake();
    return () => undefined;
  }
  const watcher = watchMutations(doc, () => false, (batch) => {
    const changed = batch.huge ? [doc.body ?? doc.documentElement] : batch.roots;
    if (!changed.some((node) => node && subtreeMayMention(node, mayMention))) return;
    watcher.stop();
    wake();
  });
  return () => watcher.stop();
}
