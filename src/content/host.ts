/**
 * Our one element on the page: a host appended to <html> whose own styles are reset (`all: initial`,
 * inline and important, so page CSS cannot reach it) with an open shadow root holding the card and
 * the fallback marks. The page-wide ::highlight() rules sit in a <style> inside the host, so nothing
 * outside our host changes.
 */
export interface LensHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Rules for the page (::highlight); replaced when preferences change. */
  setPageStyles(css: string): void;
  /** Puts the host back if the page removed it. */
  ensureAttached(): void;
  /** Whether a node is ours (the host or anything in it). */
  owns(node: Node | null): boolean;
  remove(): void;
}

export const HOST_TAG = 'china-tech-lens';

const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
  display: 'block',
  contain: 'none',
};

/**
 * Text spacing stays adjustable by the reader's own styles (WCAG 1.4.12; axe's avoid-inline-spacing).
 * Firefox expands the important `all` into these longhands, so they are set again without priority; the
 * card sets its own spacing, so a page's values do not reach it.
 */
const ADJUSTABLE_SPACING = ['line-height', 'letter-spacing', 'word-spacing'] as const;

export function createHost(doc: Document, shadowCss: string): LensHost {
  const element = doc.createElement(HOST_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) element.style.setProperty(name, value, 'important');
  for (const name of ADJUSTABLE_SPACING) element.style.setProperty(name, 'initial');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = shadowCss;
  shadow.append(style);
  const pageStyle = doc.createElement('style');
  element.append(pageStyle);
  const ensureAttached = () => {
    if (!element.isConnected && doc.documentElement) doc.documentElement.append(element);
  };
  ensureAttached();
  return {
    element,
    shadow,
    setPageStyles(css) {
      if (pageStyle.textContent !== css) pageStyle.textContent = css;
    },
    ensureAttached,
    owns: (node) => !!node && (node === element || element.contains(node) || node.getRootNode() === shadow),
    remove: () => element.remove(),
  };
}
