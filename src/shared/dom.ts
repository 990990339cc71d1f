/**
 * Building DOM from data without innerHTML: text only ever goes in as text nodes, so nothing from the
 * dataset or a page can become markup. One builder for the card, the popup and the options page.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * An element of `doc`. The content script builds in the document of the frame it runs in; `false` and
 * `undefined` attributes are left out and `true` ones are set empty, as in HTML.
 */
export function elementIn<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** An element of the extension page's own document. */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] =>
  elementIn(document, tag, attrs, ...children);

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(tag: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}
