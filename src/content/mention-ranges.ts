/**
 * Mentions as live page positions: a StaticRange per mention (the page DOM is never touched) and an
 * index from each text node to the mentions inside it, for hit-testing under the pointer.
 */
import { kindOf, type EntityId, type Kind } from '../data/schema';
import type { Mention } from '../detect/types';
import { locate, type TextBlock } from './text-blocks';

export interface PageMention {
  readonly id: EntityId;
  readonly kind: Kind;
  readonly range: AbstractRange;
  /** Text nodes the mention spans (one, unless inline markup splits the name). */
  readonly nodes: readonly Text[];
}

/** A StaticRange where the browser has it (cheap, no live updates), else a Range. */
function makeRange(doc: Document, start: { node: Text; offset: number }, end: { node: Text; offset: number }): AbstractRange {
  const view = doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null;
  if (view?.StaticRange) {
    return new view.StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
  }
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export function toPageMentions(block: TextBlock, mentions: readonly Mention[]): PageMention[] {
  const doc = block.nodes[0]!.ownerDocument;
  return mentions.map((m) => {
    const start = locate(block, m.start);
    const end = locate(block, m.end, true);
    const first = block.nodes.indexOf(start.node);
    const last = block.nodes.indexOf(end.node);
    return { id: m.id, kind: kindOf(m.id), range: makeRange(doc, start, end), nodes: block.nodes.slice(first, last + 1) };
  });
}

/** Offsets of a mention inside one of its text nodes. */
function spanIn(mention: PageMention, node: Text): [number, number] {
  const r = mention.range;
  const start = r.startContainer === node ? r.startOffset : 0;
  const end = r.endContainer === node ? r.endOffset : node.data.length;
  return [start, end];
}

/** Text node -> its mentions, for "what is at this caret position". */
export class MentionIndex {
  private readonly byNode = new Map<Text, PageMention[]>();

  add(mention: PageMention): void {
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
  }

  /** Drops every mention that touches `node`; returns them. */
  removeNode(node: Text): PageMention[] {
    const gone = this.byNode.get(node) ?? [];
    for (const mention of gone) {
      for (const other of mention.nodes) {
        if (other === node) continue;
        const rest = this.byNode.get(other)?.filter((m) => m !== mention);
        if (rest?.length) this.byNode.set(other, rest);
        else this.byNode.delete(other);
      }
    }
    this.byNode.delete(node);
    return gone;
  }

  mentionsIn(node: Node): readonly PageMention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  nodes(): IterableIterator<Text> {
    return this.byNode.keys();
  }

  /** The mention (of those `accept` admits) whose span holds `offset` in `node`; an offset at either edge counts. */
  at(node: Node, offset: number, accept: (m: PageMention) => boolean = () => true): PageMention | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    return list.find((m) => {
      const [start, end] = spanIn(m, node as Text);
      return offset >= start && offset <= end && accept(m);
    });
  }

  clear(): void {
    this.byNode.clear();
  }
}

/**
 * Which mentions to paint: those of enabled kinds, and with the "first" scope only the first mention
 * of each entity in document order (`mentions` must be in document order).
 */
export function visibleMentions<M extends { readonly id: EntityId; readonly kind: Kind }>(
  mentions: readonly M[],
  scope: 'all' | 'first',
  kinds: Readonly<Record<Kind, boolean>>,
): M[] {
  const seen = new Set<EntityId>();
  return mentions.filter((m) => {
    if (!kinds[m.kind]) return false;
    if (scope === 'all') return true;
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
}
