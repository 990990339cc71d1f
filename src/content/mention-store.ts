/**
 * Every mention found on the page, in document order, with the per-node index hit-testing needs and
 * the rule for which of them are marked (the kinds switched on, every mention or the first of each).
 * Detection covers the whole page; what is marked follows the preferences; what is painted follows the
 * reader's viewport (./marks.ts).
 */
import type { EntityId, Kind } from '../data/schema';
import type { Mention } from '../detect/types';
import type { ClaimNote } from '../shared/messages';
import { compareMentions } from './doc-order';
import { MentionIndex, toPageMentions, visibleMentions, type PageMention } from './mention-ranges';
import { locate, type TextBlock } from './text-blocks';

/** A fact-check hint where it stands on the page: the value's range and the mention it is about, when near. */
export interface PageClaim {
  readonly note: ClaimNote;
  readonly range: AbstractRange;
  /** The mention of the claim's entity (or a designation's place) in the same block, nearest before the value. */
  readonly mention?: PageMention;
}

export interface MarkRule {
  readonly kinds: Readonly<Record<Kind, boolean>>;
  readonly scope: 'all' | 'first';
}

export interface StoreChange {
  readonly added: readonly PageMention[];
  readonly removed: readonly PageMention[];
}

/** The same entity over the same text. */
const samePlace = (a: PageMention, b: PageMention): boolean =>
  a.id === b.id &&
  a.range.startContainer === b.range.startContainer &&
  a.range.startOffset === b.range.startOffset &&
  a.range.endContainer === b.range.endContainer &&
  a.range.endOffset === b.range.endOffset;

/** A live Range over a mention's text, for comparing positions. */
function rangeOf(m: PageMention): Range {
  const range = m.range.startContainer.ownerDocument!.createRange();
  range.setStart(m.range.startContainer, m.range.startOffset);
  range.setEnd(m.range.endContainer, m.range.endOffset);
  return range;
}

/** Whether `added`, in its order, follows the end of `list` in document order. */
function extendsInOrder(list: readonly PageMention[], added: readonly PageMention[]): boolean {
  let previous = list[list.length - 1];
  for (const m of added) {
    if (previous && compareMentions(previous, m) > 0) return false;
    previous = m;
  }
  return true;
}

export class MentionStore {
  private list: PageMention[] = [];
  private sorted = true;
  private readonly index = new MentionIndex();
  private rule: MarkRule = { kinds: { city: true, zone: true, company: true, policy: true, product: true }, scope: 'all' };
  /** What is marked under the current rule; rebuilt after any change. */
  private markedCache: { list: PageMention[]; set: Set<PageMention> } | undefined;
  /** Fact-check hints per block (keyed by the block's first text node), with the text they were read in. */
  private readonly claims = new Map<Text, { text: string; claims: PageClaim[] }>();

  setRule(rule: MarkRule): void {
    this.rule = rule;
    this.markedCache = undefined;
  }

  /** Every mention, in document order. */
  all(): readonly PageMention[] {
    if (!this.sorted) {
      this.list.sort(compareMentions);
      this.sorted = true;
    }
    return this.list;
  }

  /** The mentions marked on the page now, in document order. */
  marked(): readonly PageMention[] {
    return this.markedState().list;
  }

  /** Whether a mention is marked now: only those open a card under the pointer. */
  readonly isMarked = (m: PageMention): boolean => this.markedState().set.has(m);

  private markedState() {
    if (!this.markedCache) {
      const list = visibleMentions(this.all(), this.rule.scope, this.rule.kinds);
      this.markedCache = { list, set: new Set(list) };
    }
    return this.markedCache;
  }

  hasNode(node: Text): boolean {
    return this.index.has(node);
  }

  /** The marked mention at a caret position, for hit-testing. */
  markedAt(node: Node, offset: number): PageMention | undefined {
    return this.index.at(node, offset, this.isMarked);
  }

  /** The marked mentions that start in one of `node`'s text children (hit-testing's second look). */
  markedIn(node: Node): readonly PageMention[] {
    return this.index.mentionsIn(node).filter(this.isMarked);
  }

  firstOf(id: EntityId): PageMention | undefined {
    return this.marked().find((m) => m.id === id) ?? this.all().find((m) => m.id === id);
  }

  /**
   * Puts the detector's findings for `blocks` in place of what those blocks held: text read again keeps
   * the mentions it still has (their marks stay put and the keyboard path keeps its place), and only what
   * changed is removed or added. `isShown` leaves out text the page does not render.
   */
  replaceBlocks(blocks: readonly TextBlock[], found: readonly (readonly Mention[])[], isShown: (m: PageMention) => boolean): StoreChange {
    const removed: PageMention[] = [];
    let added: PageMention[] = [];
    const seen = new Set<Text>();
    blocks.forEach((block, i) => {
      // A block queued twice (two batches touched it) counts once; one the page dropped, not at all.
      if (seen.has(block.nodes[0]!) || !block.nodes.every((n) => n.isConnected)) return;
      seen.add(block.nodes[0]!);
      // Hints read in the block's earlier text no longer hold; new ones follow the new mentions.
      this.claims.delete(block.nodes[0]!);
      const before = block.nodes.flatMap((node) => (this.index.has(node) ? this.index.removeNode(node) : []));
      const now = toPageMentions(block, found[i] ?? [])
        .filter(isShown)
        .map((m) => before.find((old) => samePlace(old, m)) ?? m);
      removed.push(...before.filter((old) => !now.includes(old)));
      for (const m of now) this.index.add(m);
      added.push(...now.filter((m) => !before.includes(m)));
    });
    if (removed.length) {
      const gone = new Set(removed);
      this.list = this.list.filter((m) => !gone.has(m));
      // Results of an older request for the same text may be replaced within this very call.
      added = added.filter((m) => !gone.has(m));
    }
    if (added.length) {
      // Text is read in document order, so new mentions usually extend the list. Checking that costs one
      // comparison of neighbours per mention, each cheap; a sort's comparisons walk the page's siblings.
      if (this.sorted && !extendsInOrder(this.list, added)) this.sorted = false;
      this.list.push(...added);
    }
    if (removed.length || added.length) this.markedCache = undefined;
    return { added, removed };
  }

  /**
   * The fact-check hints for a block the store holds, read in `text`: ignored when the block has been
   * read again since (its text differs). Returns whether anything changed.
   */
  setClaims(block: TextBlock, notes: readonly ClaimNote[]): boolean {
    const key = block.nodes[0]!;
    if (!block.nodes.every((n) => n.isConnected) || block.nodes.map((n) => n.data).join('') !== block.text) return false;
    const before = this.claims.get(key);
    if (!notes.length && !before) return false;
    const mentions = block.nodes.flatMap((n) => this.index.mentionsIn(n)).filter((m, i, all) => all.indexOf(m) === i);
    const doc = key.ownerDocument;
    const claims = notes.map((note): PageClaim => {
      const start = locate(block, note.start);
      const end = locate(block, note.end, true);
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      // The statement's own entity named in the block, else a designation's place ("the city" of the seed article).
      const nearest = (id: EntityId | undefined) => {
        const ofEntity = mentions.filter((m) => m.id === id).sort(compareMentions);
        const before = ofEntity.filter((m) => range.compareBoundaryPoints(Range.START_TO_START, rangeOf(m)) >= 0);
        return before[before.length - 1] ?? ofEntity[0];
      };
      const mention = nearest(note.id) ?? nearest(note.also);
      return { note, range, ...(mention ? { mention } : {}) };
    });
    if (claims.length) this.claims.set(key, { text: block.text, claims });
    else this.claims.delete(key);
    return true;
  }

  /** Every fact-check hint on the page, in document order. */
  allClaims(): PageClaim[] {
    return [...this.claims.values()]
      .flatMap((c) => c.claims)
      .filter((c) => c.range.startContainer.isConnected)
      .sort((a, b) => (a.range as Range).compareBoundaryPoints(Range.START_TO_START, b.range as Range));
  }

  /** The hints about one entity (a designation's place included). */
  claimsFor(id: EntityId): PageClaim[] {
    return this.allClaims().filter((c) => c.note.id === id || c.note.also === id);
  }

  /** Mentions that carry a hint (their mark looks different). */
  claimedMentions(): Set<PageMention> {
    return new Set(this.allClaims().flatMap((c) => (c.mention ? [c.mention] : [])));
  }

  clearClaims(): boolean {
    const had = this.claims.size > 0;
    this.claims.clear();
    return had;
  }

  /** Drops the mentions whose text left the page. */
  dropDisconnected(): readonly PageMention[] {
    const gone = new Set<PageMention>();
    for (const node of [...this.index.nodes()]) {
      if (!node.isConnected) for (const m of this.index.removeNode(node)) gone.add(m);
    }
    if (gone.size) {
      this.list = this.list.filter((m) => !gone.has(m));
      this.markedCache = undefined;
    }
    return [...gone];
  }

  clear(): void {
    this.claims.clear();
    this.list = [];
    this.sorted = true;
    this.index.clear();
    this.markedCache = undefined;
  }
}
