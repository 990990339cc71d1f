/**
 * The one reader of the page's text, shared by the scout and the page session: it asks the word
 * prefilter about a subtree's whole text (one native `textContent` read), drops the subtree when the
 * answer is no, and when it is yes narrows down to the smallest subtrees that still pass, down to the
 * elements that hold text themselves. Those are the candidates the page session walks block by block
 * (./text-blocks.ts) and sends to the worker; text the reader found quiet is never read again.
 *
 * A page that names nothing costs one read of its text (most pages); a page with names costs a few more
 * reads of the parts around them. Work is done in bounded steps, so a caller can slice it (./scheduler.ts).
 * Open shadow roots, whose text textContent leaves out, are found by a search over elements and read
 * the same way.
 */
import { isInline, isSkippedElement } from './text-blocks';

export type MayMention = (text: string) => boolean;

/** Characters the prefilter reads in one call: an ordinary article's text is one chunk. */
export const CHUNK_CHARS = 65_536;
/** Each chunk reaches this far into the next, so a name cut by a chunk border is still read whole. */
export const OVERLAP_CHARS = 256;
/** A passing subtree whose text is at most this long is not narrowed further: it is a candidate. */
export const NARROW_BELOW_CHARS = 2_048;
/** Elements the search for open shadow roots passes per step. */
export const ELEMENTS_PER_PAUSE = 1024;

/** Whether an element holds text of its own (a paragraph), rather than only other blocks (a wrapper). */
function holdsText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) return true;
    if (child.nodeType === 1 && isInline(child as Element)) return true;
  }
  return false;
}

export interface ReaderEvents {
  /** A subtree that may name an entity: the page session walks it. */
  candidate(root: Node): void;
  /** An open shadow root found while reading (its changes must be watched too). */
  shadowRoot(root: ShadowRoot): void;
}

/**
 * Reads the subtrees pushed to it, one bounded step at a time. `step` returns false once nothing is
 * left to read; push more at any time (changed text, shadow roots).
 */
export class PageReader {
  /** Subtrees still to read, and whether each is a whole root (searched for shadow roots) or a narrowing step. */
  private readonly queue: { node: Node; whole: boolean }[] = [];
  private text = '';
  private at = 0;
  private current: { node: Node; whole: boolean } | undefined;
  private elements: TreeWalker | undefined;
  private passed = false;
  /** Candidates' text lengths as read: a block that is all of its candidate's text has passed already. */
  private readonly candidateChars = new WeakMap<Node, number>();

  constructor(
    private readonly doc: Document,
    private readonly mayMention: MayMention,
    private events: ReaderEvents,
  ) {}

  /** Where candidates and shadow roots go from now on (the scout hands the reader to the page session). */
  listen(events: ReaderEvents): void {
    this.events = events;
  }

  /** Reads `root` (a page, a shadow root, a changed block) when its turn comes. */
  push(root: Node): void {
    if (!this.queue.some((q) => q.node === root)) this.queue.push({ node: root, whole: true });
  }

  /** How much text `root` held when it became a candidate (undefined: not a candidate). */
  charsOf(root: Node): number | undefined {
    return this.candidateChars.get(root);
  }

  get idle(): boolean {
    return !this.current && !this.elements && !this.queue.length;
  }

  /** One bounded piece of reading; false once nothing is left. */
  step(): boolean {
    if (this.current && this.at < this.text.length) return this.readChunk();
    if (this.current) this.finishSubtree();
    if (this.elements) return this.searchShadowRoots();
    const next = this.queue.pop();
    if (!next) return false;
    if (next.node.isConnected && !(next.node.nodeType === 1 && isSkippedElement(next.node as Element))) {
      this.current = next;
      this.text = next.node.textContent ?? '';
      this.at = 0;
      this.passed = false;
      if (next.whole) this.elements = this.doc.createTreeWalker(next.node, 0x1 /* SHOW_ELEMENT */);
    }
    return true;
  }

  private readChunk(): true {
    const { text, at } = this;
    const chunk = at === 0 && text.length <= CHUNK_CHARS + OVERLAP_CHARS ? text : text.slice(at, at + CHUNK_CHARS + OVERLAP_CHARS);
    this.at = at + CHUNK_CHARS;
    if (this.mayMention(chunk)) {
      this.passed = true;
      this.at = this.text.length;
    }
    return true;
  }

  /** A subtree read whole: quiet, a candidate, or narrowed into its block-level children. */
  private finishSubtree(): void {
    const { node } = this.current!;
    const passed = this.passed;
    const chars = this.text.length;
    const small = chars <= NARROW_BELOW_CHARS;
    this.current = undefined;
    this.text = '';
    if (!passed) return;
    const el = node.nodeType === 1 ? (node as Element) : undefined;
    if (small || (el && holdsText(el)) || !node.firstChild) {
      this.candidateChars.set(node, chars);
      this.events.candidate(node);
      return;
    }
    // Children are read after the shadow-root search of this subtree (queue is a stack: pushed last, read first).
    const children: Node[] = [];
    for (let child: Node | null = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && !isSkippedElement(child as Element)) children.push(child);
      else if (child.nodeType === 3 && /\S/.test((child as Text).data)) {
        // Loose text beside blocks: the parent is the smallest subtree that holds it.
        this.candidateChars.set(node, chars);
        this.events.candidate(node);
        return;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) this.queue.push({ node: children[i]!, whole: false });
  }

  private searchShadowRoots(): true {
    for (let passed = 0; passed < ELEMENTS_PER_PAUSE; passed++) {
      const element = this.elements!.nextNode() as Element | null;
      if (!element) {
        this.elements = undefined;
        break;
      }
      const shadow = element.shadowRoot;
      if (shadow) {
        this.events.shadowRoot(shadow);
        this.queue.push({ node: shadow, whole: true });
      }
    }
    return true;
  }
}
