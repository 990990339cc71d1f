// @vitest-environment happy-dom
/** The page reader: one read of a quiet page, and narrowing down to the smallest subtrees that may name something. */
import { describe, expect, it, vi } from 'vitest';
import { PageReader } from '../../src/content/page-reader';

/** Like the real prefilter, it reads words glued by textContent ("ShenzhenThe") in their parts. */
const mayMention = (text: string) => /\b(?:Shenzhen|Huawei)\b/.test(text.replace(/([a-z])([A-Z])/g, '$1 $2'));

function read(html: string, test = mayMention) {
  document.body.innerHTML = html;
  const candidates: Node[] = [];
  const calls = vi.fn(test);
  const reader = new PageReader(document, calls, { candidate: (n) => candidates.push(n), shadowRoot: () => undefined });
  reader.push(document.body);
  while (reader.step());
  return { candidates: candidates.map((n) => (n as Element).id || n.nodeName), calls, reader };
}

describe('page reader', () => {
  it('reads a page that names nothing once, in one prefilter call', () => {
    const { candidates, calls } = read('<header>Menu</header><main><article><p>Gardening</p><p>Tulips</p></article></main>');
    expect(candidates).toEqual([]);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('narrows a passing page down to the blocks that hold the names, and reads no quiet part twice', () => {
    const long = 'plain words '.repeat(200);
    const { candidates, calls } = read(
      `<nav id="nav">${long}</nav><main id="main"><article id="a"><p id="p1">${long}</p><p id="p2">Huawei in Shenzhen</p><p id="p3">${long}</p></article></main><footer id="f">${long}</footer>`,
    );
    expect(candidates).toEqual(['p2']);
    // The body, then nav, main and footer; then main's article; then its paragraphs. The nav and footer are
    // read once each and never again.
    const texts = calls.mock.calls.map(([text]) => text);
    expect(texts.filter((t) => t === long)).toHaveLength(4);
  });

  it('stops at an element that holds text itself, so a name split by inline markup stays whole', () => {
    const long = 'Plain words '.repeat(200);
    const { candidates } = read(`<section id="s"><p id="p">${long} Factories in <b>Shen</b>zhen</p></section><div>${long}</div>`);
    expect(candidates).toEqual(['p']);
  });

  it('finds a name at the end of a block glued to the next one, as minified pages write them', () => {
    const pad = 'Plain words '.repeat(200);
    // textContent reads "…ShenzhenThe city…": the prefilter also reads glued words in their parts.
    const { candidates } = read(
      `<div id="d"><section id="s"><h2 id="h">Shenzhen</h2><p id="p">The city grew.</p></section><p>${pad}</p></div>`,
      (text) => /\bshenzhen\b/i.test(text.replace(/([a-z])([A-Z])/g, '$1 $2')),
    );
    expect(candidates).toEqual(['s']);
  });

  it('never reads form fields, code or scripts, even when the text around them passes', () => {
    const pad = 'filler text '.repeat(200);
    const { candidates } = read(
      `<div id="d"><p>${pad}</p><textarea>Shenzhen</textarea><pre>Huawei</pre><script>var Shenzhen</script></div>`,
    );
    expect(candidates).toEqual([]);
  });

  it('reports open shadow roots and reads them too', () => {
    document.body.innerHTML = '<p>Factories</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">Shenzhen</p>';
    const found: Node[] = [];
    const roots: ShadowRoot[] = [];
    const reader = new PageReader(document, mayMention, { candidate: (n) => found.push(n), shadowRoot: (r) => roots.push(r) });
    reader.push(document.body);
    while (reader.step());
    expect(roots).toEqual([shadow]);
    expect(found).toEqual([shadow]);
    expect(reader.idle).toBe(true);
  });
});
