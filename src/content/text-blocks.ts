/**
 * Text collection: the page's visible prose as blocks of consecutive text nodes, so a name split by
 * inline markup ("Made in <b>China</b> 2025") is still one string to the detector. Open shadow roots
 * are entered; form fields, editable regions, code and hidden subtrees are skipped.
 */

/** One run of text nodes under the same block-level ancestor, joined into `text`. */
export interface TextBlock {
  readonly nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/** Elements that flow inside a line: their text joins the surrounding block's. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
]);

export interface CollectOptions {
  /** Subtrees that are ours (the card host): never read. */
  readonly ignore?: (el: Element) => boolean;
  /**
   * Whether a subtree is hidden, decided while walking; by default only the `hidden` attribute, which
   * costs no style work. Rendering is checked later, with isRendered, and only where a name was found.
   */
  readonly isHidden?: (el: Element) => boolean;
}

const defaultIsHidden = (el: Element): boolean => (el as HTMLElement).hidden === true;

/** Whether a text node is rendered (no display:none or visibility:hidden on it or above it). */
export function isRendered(node: Text): boolean {
  const el = node.parentElement as (Element & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!el) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/**
 * Whether the element's own kind or state rules its whole subtree out (not counting visibility).
 * Editability is read from the attribute, not `isContentEditable`, which forces a style recalc; the
 * walker rejects the editable element's whole subtree anyway.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Elements whose text flows inside their parent's line. */
export const isInline = (el: Element): boolean => INLINE_TAGS.has(el.tagName.toUpperCase());

/** `node` itself unless it is inline, else its nearest ancestor that is not (whole sentences rescan). */
export function blockAncestor(node: Node): Node {
  let el: Node = node;
  while (el.nodeType !== 1 || INLINE_TAGS.has((el as Element).tagName.toUpperCase())) {
    if (!el.parentNode || el.parentNode.nodeType === 11) break;
    el = el.parentNode;
  }
  return el;
}

/** The nearest ancestor that is not inline: text nodes sharing it belong to one block. */
const blockOf = (node: Node): Node => (node.parentNode ? blockAncestor(node.parentNode) : node);

class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  block: Node | undefined;

  add(node: Text, block: Node): void {
    this.block = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    const data = node.data;
    this.parts.push(data);
    this.length += data.length;
  }

  take(): TextBlock | undefined {
    const text = this.parts.join('');
    const block: TextBlock | undefined = /\S/.test(text) ? { nodes: this.nodes, starts: this.starts, text } : undefined;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.block = undefined;
    return block;
  }
}

/**
 * Yields blocks in document order, lazily, so the caller can stop between any two blocks when its
 * time slice runs out. A shadow root's text comes where its host element is.
 */
export function* collectBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock, void, undefined> {
  const ignore = options.ignore ?? (() => false);
  const isHidden = options.isHidden ?? defaultIsHidden;
  const doc = root.ownerDocument ?? (root as Document);
  const shadowHosts: Element[] = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      // Whitespace-only nodes are kept: they separate words across inline markup.
      if (node.nodeType === 3) return 1; // ACCEPT
      const el = node as Element;
      if (ignore(el) || isSkippedElement(el) || isHidden(el)) return 2; // REJECT: the whole subtree
      if (el.shadowRoot) shadowHosts.push(el);
      return 3; // SKIP the element itself, keep walking into it
    },
  });
  const builder = new BlockBuilder();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (shadowHosts.length) {
      const done = builder.take();
      if (done) yield done;
      yield* collectBlocks(shadowHosts.shift()!.shadowRoot!, options);
    }
    const block = blockOf(node);
    if (builder.block !== undefined && builder.block !== block) {
      const done = builder.take();
      if (done) yield done;
    }
    builder.add(node as Text, block);
  }
  const last = builder.take();
  if (last) yield last;
  for (const host of shadowHosts) yield* collectBlocks(host.shadowRoot!, options);
}

/** Where a block offset falls: the text node and the offset inside it (end offsets stick left). */
export function locate(block: TextBlock, offset: number, isEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
