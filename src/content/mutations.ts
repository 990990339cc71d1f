/**
 * One MutationObserver for the page (and each open shadow root we found). Records are batched until
 * the page is idle; the batch says which subtrees to rescan, whether text went away, and whether it
 * was so big that a full rescan is cheaper. Changes inside our own host never count.
 */
import { whenIdle } from './scheduler';
import { blockAncestor } from './text-blocks';

export interface MutationBatch {
  /** Block-level subtrees whose text is new or changed, none inside another. */
  readonly roots: readonly Node[];
  /** Some text was removed or changed: indexed nodes may be gone. */
  readonly removed: boolean;
  /** Too many changes to handle piecemeal. */
  readonly huge: boolean;
}

/** Beyond this many changed subtrees in one batch, rescanning the page is cheaper. */
export const HUGE_BATCH = 400;

export interface MutationWatcher {
  observe(target: Node): void;
  stop(): void;
}

function outermost(nodes: Iterable<Node>): Node[] {
  const list = [...new Set(nodes)];
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}

export function watchMutations(doc: Document, owns: (node: Node | null) => boolean, onBatch: (batch: MutationBatch) => void): MutationWatcher {
  let pending: MutationRecord[] = [];
  let cancel: (() => void) | undefined;
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };

  const flush = () => {
    cancel = undefined;
    const records = pending;
    pending = [];
    const roots = new Set<Node>();
    let removed = false;
    let huge = false;
    for (const record of records) {
      if (owns(record.target)) continue;
      if (record.type === 'characterData') {
        removed = true;
        const parent = record.target.parentNode;
        if (parent) roots.add(blockAncestor(parent));
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (owns(node)) continue;
        roots.add(node.nodeType === 3 ? blockAncestor(record.target) : blockAncestor(node));
      }
      if (roots.size > HUGE_BATCH) {
        huge = true;
        break;
      }
    }
    const connected = [...roots].filter((n) => n.isConnected);
    if (connected.length || removed) onBatch({ roots: huge ? [] : outermost(connected), removed, huge });
  };

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    cancel ??= whenIdle(flush, 200);
  });
  if (doc.documentElement) observer.observe(doc.documentElement, options);
  return {
    observe: (target) => observer.observe(target, options),
    stop() {
      cancel?.();
      observer.disconnect();
      pending = [];
    },
  };
}
