/**
 * The page's one MutationObserver, started by the scout and handed to the page session: it watches the
 * document and each open shadow root found, batches records until the page is idle, and says which
 * subtrees to read again, whether text went away, and whether the batch was so big that reading the
 * page afresh is cheaper. Changes inside our own host never count.
 */
import { whenIdle } from './scheduler';
import { blockAncestor } from './text-blocks';

export interface MutationBatch {
  /** Block-level subtrees whose text is new or changed, none inside another. */
  readonly roots: readonly Node[];
  /** Some text was removed or changed: marked nodes may be gone. */
  readonly removed: boolean;
  /** Too many changes to handle piecemeal. */
  readonly huge: boolean;
}

/** Beyond this many changed subtrees in one batch, reading the page afresh is cheaper. */
export const HUGE_BATCH = 400;

export type BatchHandler = (batch: MutationBatch) => void;

export interface MutationWatcher {
  /** Also watches `target` (an open shadow root found later), now and after `resume`. */
  observe(target: Node): void;
  /** Where batches go from now on, and which nodes are ours (never counted). */
  deliverTo(onBatch: BatchHandler, owns?: (node: Node | null) => boolean): void;
  /** Stops watching and drops what was pending, until `resume` (the site switched off). */
  pause(): void;
  resume(): void;
}

function outermost(nodes: Iterable<Node>): Node[] {
  const list = [...new Set(nodes)];
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchMutations(doc: Document, onBatch: BatchHandler): MutationWatcher {
  let handler = onBatch;
  let owns: (node: Node | null) => boolean = () => false;
  let pending: MutationRecord[] = [];
  let cancel: (() => void) | undefined;
  const targets = new Set<Node>();

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
    if (connected.length || removed) handler({ roots: huge ? [] : outermost(connected), removed, huge });
  };

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    cancel ??= whenIdle(flush, 200);
  });
  const observe = (target: Node) => {
    targets.add(target);
    observer.observe(target, OPTIONS);
  };
  if (doc.documentElement) observe(doc.documentElement);
  return {
    observe,
    deliverTo(next, nextOwns) {
      handler = next;
      if (nextOwns) owns = nextOwns;
    },
    pause() {
      cancel?.();
      cancel = undefined;
      observer.disconnect();
      pending = [];
    },
    resume() {
      for (const target of targets) if (target.isConnected || (target as ShadowRoot).host?.isConnected) observer.observe(target, OPTIONS);
    },
  };
}
