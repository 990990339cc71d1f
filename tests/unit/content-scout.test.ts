// @vitest-environment happy-dom
/** The scout: a page that names nothing costs one check and an observer, and wakes once when names arrive. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_CHARS, ELEMENTS_PER_PAUSE, scoutPage, textChunks } from '../../src/content/scout';

const mayMention = (text: string) => /\bShenzhen\b/.test(text);

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

async function settle(): Promise<void> {
  // Mutation batches are handled when the page is idle (a short timeout where idle callbacks are missing).
  await new Promise((resolve) => setTimeout(resolve, 300));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('scout', () => {
  it('wakes, once the page is idle, when the page already names something', async () => {
    const wake = vi.fn();
    scoutPage(page('<p>Factories in Shenzhen</p>'), mayMention, wake);
    expect(wake).not.toHaveBeenCalled();
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('reads open shadow roots, which textContent leaves out, and not closed ones', async () => {
    const doc = page('<div id="closed"></div><p>Factories</p><div id="host"></div>');
    doc.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Beijing</p>';
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shenzhen</p>';
    expect([...textChunks(doc.body)]).toEqual(['Factories', 'Shenzhen']);
    const wake = vi.fn();
    scoutPage(doc, mayMention, wake);
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('pauses in a long search for shadow roots, so a huge page is searched over several slices', async () => {
    const doc = page(`${'<div><span>plain</span></div>'.repeat(ELEMENTS_PER_PAUSE)}<div id="host"></div>`);
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shenzhen</p>';
    const chunks = [...textChunks(doc.body)];
    expect(chunks.filter((c) => c === undefined)).toHaveLength(2);
    expect(chunks.filter((c) => c !== undefined).join('')).toBe(`${'plain'.repeat(ELEMENTS_PER_PAUSE)}Shenzhen`);
    const wake = vi.fn();
    scoutPage(doc, mayMention, wake);
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('reads a long page in chunks, and a name on a chunk border whole', () => {
    const filler = 'garden '.repeat(Math.ceil(CHUNK_CHARS / 7));
    const text = `${filler.slice(0, CHUNK_CHARS - 4)}Shenzhen ${filler}`;
    const chunks = [...textChunks(page(`<p>${text}</p>`).body)];
    expect(chunks.length).toBe(Math.ceil(text.length / CHUNK_CHARS));
    expect(chunks.every((c) => c !== undefined && c.length <= CHUNK_CHARS + 256)).toBe(true);
    expect(mayMention(chunks[0]!)).toBe(true);
  });

  it('stays asleep through changes that name nothing, then wakes once for one that does', async () => {
    const doc = page('<article><p>Gardening in autumn</p></article>');
    const wake = vi.fn();
    scoutPage(doc, mayMention, wake);
    expect(wake).not.toHaveBeenCalled();
    doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'Plant tulips now.' }));
    await settle();
    expect(wake).not.toHaveBeenCalled();
    doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'A trip to Shenzhen.' }));
    await settle();
    doc.querySelector('article')!.append(Object.assign(doc.createElement('p'), { textContent: 'Back to Shenzhen.' }));
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('wakes when existing text is edited into a name', async () => {
    const doc = page('<p id="p">Somewhere</p>');
    const wake = vi.fn();
    scoutPage(doc, mayMention, wake);
    (doc.getElementById('p')!.firstChild as Text).data = 'Shenzhen';
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('can be stopped without waking', async () => {
    const doc = page('<p>Nothing</p>');
    const wake = vi.fn();
    const stop = scoutPage(doc, mayMention, wake);
    stop();
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'Shenzhen' }));
    await settle();
    expect(wake).not.toHaveBeenCalled();
  });
});
