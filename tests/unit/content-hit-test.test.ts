// @vitest-environment happy-dom
/**
 * Hit-testing: which marked mention a pointer position means. happy-dom lays nothing out, so the page
 * gets a small fake layout (each paragraph one line, 40 px apart; every character 10 px wide) with the
 * browser's caret function (caretPositionFromPoint, or caretRangeFromPoint), elementFromPoint and
 * Range.getClientRects answering from it. Like a browser's, the fake caret snaps to the nearest text
 * position wherever the pointer is: only the mention's own rectangles say whether it is really there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIT_TOLERANCE_PX, mentionAt } from '../../src/content/hit-test';
import { MentionStore } from '../../src/content/mention-store';
import { collectBlocks } from '../../src/content/text-blocks';
import type { EntityId, Kind } from '../../src/data/schema';
import type { Mention } from '../../src/detect/types';

const CHAR = 10;
const LINE = 40;
const HEIGHT = 16;

/** The fake detector's names. */
const NAMES: Record<string, EntityId> = {
  Shenzhen: 'city:shenzhen',
  Huawei: 'company:huawei',
  Tencent: 'company:tencent',
  深圳: 'city:shenzhen',
  华为: 'company:huawei',
};

function detect(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [name, id] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      found.push({ start: at, end: at + name.length, id, text: name });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Placed {
  readonly node: Text;
  readonly left: number;
  readonly top: number;
}

/** Every paragraph's text nodes (shadow roots' too), one line per paragraph, in document order. */
function layout(): Placed[] {
  const placed: Placed[] = [];
  const paragraphs = (root: ParentNode): HTMLElement[] =>
    [...root.querySelectorAll<HTMLElement>('p, [data-host]')].flatMap((el) =>
      el.shadowRoot ? paragraphs(el.shadowRoot) : el.matches('p') ? [el] : [],
    );
  paragraphs(document.body).forEach((p, line) => {
    let left = 0;
    const walker = document.createTreeWalker(p, 0x4);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      placed.push({ node, left, top: line * LINE });
      left += node.data.length * CHAR;
    }
  });
  return placed;
}

const rect = (left: number, top: number, width: number): DOMRect =>
  ({ left, top, width, height: HEIGHT, right: left + width, bottom: top + HEIGHT, x: left, y: top }) as DOMRect;

/** Whether a text node is inside a shadow root the caret function was not given. */
const hiddenFrom = (node: Node, roots: readonly ShadowRoot[]): ShadowRoot | undefined => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && !roots.includes(root) ? root : undefined;
};

/** Where a browser would put the caret for (x, y): the nearest line, the nearest character boundary. */
function caret(x: number, y: number, roots: readonly ShadowRoot[]): { offsetNode: Node; offset: number } | null {
  const placed = layout();
  if (!placed.length) return null;
  const tops = [...new Set(placed.map((p) => p.top))];
  const top = tops.reduce((best, t) => (Math.abs(t + HEIGHT / 2 - y) < Math.abs(best + HEIGHT / 2 - y) ? t : best));
  const line = placed.filter((p) => p.top === top);
  const inLine = line.find((p) => x <= p.left + p.node.data.length * CHAR) ?? line[line.length - 1]!;
  const hidden = hiddenFrom(inLine.node, roots);
  if (hidden) return { offsetNode: hidden.host, offset: 0 };
  const offset = Math.max(0, Math.min(inLine.node.data.length, Math.round((x - inLine.left) / CHAR)));
  return { offsetNode: inLine.node, offset };
}

/** The element under (x, y): a paragraph where its text is drawn, else the body. */
function elementAt(x: number, y: number, root: Document | ShadowRoot): Element | null {
  const under = layout().find((p) => y >= p.top && y <= p.top + HEIGHT && x >= p.left && x <= p.left + p.node.data.length * CHAR);
  if (!under) return root === document ? document.body : null;
  const el = under.node.parentElement!;
  const nodeRoot = el.getRootNode();
  if (nodeRoot === root) return el;
  // Seen from outside a shadow root, its host is under the pointer.
  return nodeRoot instanceof ShadowRoot ? nodeRoot.host : el;
}

const realRects = Range.prototype.getClientRects;
/** The document's caret functions, which happy-dom lacks: each test installs one. */
const doc = document as unknown as {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => unknown;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

beforeEach(() => {
  Range.prototype.getClientRects = function (this: Range) {
    const placed = layout();
    const rects = placed.flatMap(({ node, left, top }) => {
      if (!this.intersectsNode(node)) return [];
      const start = node === this.startContainer ? this.startOffset : 0;
      const end = node === this.endContainer ? this.endOffset : node.data.length;
      return end > start ? [rect(left + start * CHAR, top, (end - start) * CHAR)] : [];
    });
    return rects as unknown as DOMRectList;
  };
  document.elementFromPoint = (x, y) => elementAt(x, y, document);
});

afterEach(() => {
  Range.prototype.getClientRects = realRects;
  delete doc.caretPositionFromPoint;
  delete doc.caretRangeFromPoint;
  document.body.replaceChildren();
});

/** A page whose mentions the store holds, marked under `kinds` and `scope`. */
function page(html: string, rule: { off?: Kind[]; scope?: 'all' | 'first' } = {}): MentionStore {
  document.body.innerHTML = html;
  for (const host of document.querySelectorAll<HTMLElement>('[data-host]')) {
    host.attachShadow({ mode: 'open' }).innerHTML = host.dataset.host!;
  }
  const store = new MentionStore();
  const kinds = { city: true, zone: true, company: true, policy: true, product: true };
  for (const kind of rule.off ?? []) kinds[kind] = false;
  store.setRule({ kinds, scope: rule.scope ?? 'all' });
  const blocks = [...collectBlocks(document.body)];
  store.replaceBlocks(
    blocks,
    blocks.map((b) => detect(b.text)),
    () => true,
  );
  return store;
}

/** x at the middle of the character at `index` of line `line`'s text. */
const charX = (index: number) => index * CHAR + CHAR / 2;
const lineY = (line: number) => line * LINE + HEIGHT / 2;

const caretApis = {
  caretPositionFromPoint: () => {
    doc.caretPositionFromPoint = (x, y, options) => caret(x, y, options?.shadowRoots ?? []);
  },
  caretRangeFromPoint: () => {
    doc.caretRangeFromPoint = (x, y) => {
      const pos = caret(x, y, []);
      if (!pos) return null;
      const range = document.createRange();
      range.setStart(pos.offsetNode, pos.offset);
      return range;
    };
  },
};

describe.each(Object.keys(caretApis) as (keyof typeof caretApis)[])('hit-testing with %s', (api) => {
  beforeEach(() => caretApis[api]());

  const at = (store: MentionStore, x: number, y: number, roots: ShadowRoot[] = []) => mentionAt(document, x, y, store, roots)?.id;

  it('finds the marked mention under the pointer, anywhere along it', () => {
    // "Factories in Shenzhen grew." Shenzhen is characters 13 to 20.
    const store = page('<p>Factories in Shenzhen grew.</p>');
    expect(at(store, charX(13), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(16), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(20), lineY(0))).toBe('city:shenzhen');
  });

  it('finds nothing over the unmarked words around a mention', () => {
    const store = page('<p>Factories in Shenzhen grew.</p>');
    expect(at(store, charX(3), lineY(0))).toBeUndefined();
    expect(at(store, charX(24), lineY(0))).toBeUndefined();
  });

  it('finds nothing in the space between two mentions, and the right one on either side of it', () => {
    // "Shenzhen Huawei": Shenzhen 0-8, the space 8-9, Huawei 9-15.
    const store = page('<p>Shenzhen Huawei</p>');
    expect(at(store, 8 * CHAR + CHAR / 2, lineY(0))).toBeUndefined();
    expect(at(store, charX(7), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(9), lineY(0))).toBe('company:huawei');
  });

  it('tells apart two mentions that touch, as Chinese text writes them, wherever on each the pointer is', () => {
    // "深圳华为": 深圳 (Shenzhen) 0-2, 华为 (Huawei) 2-4, with no space between them.
    for (const html of ['<p>深圳华为</p>', '<p><b>深圳</b>华为</p>']) {
      const store = page(html);
      for (let x = 1; x < 2 * CHAR; x++) expect(at(store, x, lineY(0)), `${html} x=${x}`).toBe('city:shenzhen');
      for (let x = 2 * CHAR + 1; x < 4 * CHAR; x++) expect(at(store, x, lineY(0)), `${html} x=${x}`).toBe('company:huawei');
    }
  });

  it('finds nothing past the end of a line that ends in a mention, though the caret snaps onto it', () => {
    const store = page('<p>Made by Huawei</p><p>and more</p>');
    const end = 'Made by Huawei'.length * CHAR;
    expect(at(store, end + HIT_TOLERANCE_PX, lineY(0))).toBe('company:huawei');
    expect(at(store, end + 40, lineY(0))).toBeUndefined();
    expect(at(store, end + 400, lineY(0))).toBeUndefined();
  });

  it('finds nothing between lines or below the text, where the caret snaps to the nearest line', () => {
    const store = page('<p>Shenzhen</p><p>Shenzhen</p>');
    // Line 0 ends at 16 px, line 1 starts at 40 px: 28 px is within tolerance of neither.
    expect(at(store, charX(2), HEIGHT + 12)).toBeUndefined();
    expect(at(store, charX(2), HEIGHT + HIT_TOLERANCE_PX)).toBe('city:shenzhen');
    expect(at(store, charX(2), 5 * LINE)).toBeUndefined();
    expect(at(store, charX(2), -40)).toBeUndefined();
  });

  it('finds nothing on a page without text', () => {
    const store = page('');
    expect(at(store, 10, 10)).toBeUndefined();
  });

  it('finds a mention split by inline markup on either part', () => {
    // "In <b>Shen</b>zhen": Shen 3-7 (its own node), zhen 7-11.
    const store = page('<p>In <b>Shen</b>zhen today</p>');
    expect(at(store, charX(4), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(9), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(12), lineY(0))).toBeUndefined();
  });

  it('never hits a mention the reader sees unmarked: its kind switched off', () => {
    const store = page('<p>Shenzhen Huawei</p>', { off: ['company'] });
    expect(at(store, charX(11), lineY(0))).toBeUndefined();
    expect(at(store, charX(3), lineY(0))).toBe('city:shenzhen');
  });

  it('never hits a later mention of an entity under "first mention only"', () => {
    const store = page('<p>Huawei and Tencent</p><p>Huawei again</p>', { scope: 'first' });
    expect(at(store, charX(2), lineY(0))).toBe('company:huawei');
    expect(at(store, charX(2), lineY(1))).toBeUndefined();
  });

  it('finds the mention on the line under the pointer when several lines name things', () => {
    const store = page('<p>Shenzhen</p><p>Tencent</p><p>Huawei</p>');
    expect(at(store, charX(1), lineY(0))).toBe('city:shenzhen');
    expect(at(store, charX(1), lineY(1))).toBe('company:tencent');
    expect(at(store, charX(1), lineY(2))).toBe('company:huawei');
  });

  it('tells apart touching mentions inside a shadow root the caret cannot see into', () => {
    const store = page('<div data-host="<p>深圳华为</p>"></div>');
    const root = document.querySelector<HTMLElement>('[data-host]')!.shadowRoot!;
    root.elementFromPoint = (x, y) => elementAt(x, y, root);
    expect(at(store, 2 * CHAR - 1, lineY(0))).toBe('city:shenzhen');
    expect(at(store, 2 * CHAR + 1, lineY(0))).toBe('company:huawei');
  });

  it('finds a mention inside an open shadow root through the element under the pointer, where the caret stops at the host', () => {
    const store = page('<p>Intro words</p><div data-host="<p>Huawei phones</p>"></div>');
    const root = document.querySelector<HTMLElement>('[data-host]')!.shadowRoot!;
    root.elementFromPoint = (x, y) => elementAt(x, y, root);
    expect(at(store, charX(2), lineY(1))).toBe('company:huawei');
    expect(at(store, charX(9), lineY(1))).toBeUndefined();
  });
});

describe('hit-testing with caretPositionFromPoint, which sees into shadow roots', () => {
  beforeEach(() => caretApis.caretPositionFromPoint());

  it('finds a mention inside each open shadow root the session has found, by the caret alone', () => {
    const store = page('<p>Intro words</p><div data-host="<p>Huawei phones</p>"></div>');
    const root = document.querySelector<HTMLElement>('[data-host]')!.shadowRoot!;
    // The element under the pointer tells nothing here (an overlay, say): only the caret can see in.
    root.elementFromPoint = () => null;
    expect(mentionAt(document, charX(2), lineY(1), store, [root])?.id).toBe('company:huawei');
    expect(mentionAt(document, charX(2), lineY(1), store, [])).toBeUndefined();
  });
});
