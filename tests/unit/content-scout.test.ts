// @vitest-environment happy-dom
/** The scout: a page that names nothing costs one check and an observer, and wakes once when names arrive. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_CHARS, ELEMENTS_PER_PAUSE, OVERLAP_CHARS } from '../../src/content/page-reader';
import { scoutPage } from '../../src/content/scout';

const mayMention = (text: string) => /\bShenzhen\b/.test(text);
const prefilter = () => mayMention;

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

async function settle(): Promise<void> {
  // Mutation batches are handled when the page is idle (a short timeout where idle callbacks are missing).
  await new Promise((resolve) => setTimeout(resolve, 300));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('scout', () => {
  it('wakes, once the page is idle, when the page already names something, and hands on its prefilter', async () => {
    const wake = vi.fn();
    const build = vi.fn(prefilter);
    scoutPage(page('<p>Factories in Shenzhen</p>'), build, wake);
    expect(build).not.toHaveBeenCalled();
    expect(wake).not.toHaveBeenCalled();
    await settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(wake.mock.calls[0]![0].mayMention).toBe(mayMention);
  });

  it('reads open shadow roots, which textContent leaves out, and not closed ones', async () => {
    const closed = page('<div id="closed"></div><p>Factories</p>');
    closed.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Shenzhen</p>';
    const asleep = vi.fn();
    const stop = scoutPage(closed, prefilter, asleep);
    await settle();
    stop();
    expect(asleep).not.toHaveBeenCalled();

    const open = page('<p>Factories</p><div id="host"></div>');
    open.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<section><div id="inner"></div></section>';
    // A root inside a root.
    open.getElementById('host')!.shadowRoot!.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shenzhen</p>';
    const wake = vi.fn();
    scoutPage(open, prefilter, wake);
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('spreads a long read over several idle slices, so a huge page never blocks', () => {
    const doc = page(`${'<div><span>plain</span></div>'.repeat(3 * ELEMENTS_PER_PAUSE)}<div id="host"></div>`);
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shenzhen</p>';
    // Every look at the clock finds the slice used up: each slice does one bounded step of reading.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const read = vi.fn(mayMention);
    const wake = vi.fn();
    scoutPage(doc, () => read, wake);
    let slices = 0;
    while (!wake.mock.calls.length && slices < 100) {
      vi.advanceTimersByTime(16);
      slices++;
    }
    vi.useRealTimers();
    expect(wake).toHaveBeenCalledTimes(1);
    // The page's text and the shadow root's, read in two calls; the 6,000 elements between them
    // searched ELEMENTS_PER_PAUSE per slice.
    expect(read.mock.calls.map(([text]) => text)).toEqual(['plain'.repeat(3 * ELEMENTS_PER_PAUSE), 'Shenzhen']);
    expect(slices).toBeGreaterThanOrEqual(6);
  });

  it('reads a long page in chunks that overlap, so a name on a chunk border is read whole', async () => {
    const filler = 'garden '.repeat(Math.ceil((2 * CHUNK_CHARS) / 7));
    const text = `${filler.slice(0, CHUNK_CHARS - 5)} Shenzhen ${filler}`;
    expect(text.indexOf('Shenzhen')).toBe(CHUNK_CHARS - 4);
    const chunks: string[] = [];
    const wake = vi.fn();
    scoutPage(page(`<p>${text}</p>`), () => (chunk) => (chunks.push(chunk), mayMention(chunk)), wake);
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
    // The page's first chunk holds the name whole; the paragraph is then read on its own (narrowing).
    expect(chunks[0]).toHaveLength(CHUNK_CHARS + OVERLAP_CHARS);
    expect(chunks[0]).toContain(' Shenzhen ');
  });

  it('stays asleep through changes that name nothing, then wakes once for one that does', async () => {
    const doc = page('<article><p>Gardening in autumn</p></article>');
    const wake = vi.fn();
    scoutPage(doc, prefilter, wake);
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
    scoutPage(doc, prefilter, wake);
    (doc.getElementById('p')!.firstChild as Text).data = 'Shenzhen';
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('watches the open shadow roots it found, for a component that fills in later', async () => {
    const doc = page('<p>Factories</p><div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Loading</p>';
    const wake = vi.fn();
    scoutPage(doc, prefilter, wake);
    await settle();
    expect(wake).not.toHaveBeenCalled();
    shadow.append(Object.assign(doc.createElement('p'), { textContent: 'Made in Shenzhen' }));
    await settle();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('leaves documents that are not HTML alone, without touching them further', async () => {
    const feed = document.implementation.createHTMLDocument();
    feed.documentElement.textContent = 'Factories in Shenzhen';
    // An XML feed open in a tab (the test DOM makes only HTML documents).
    Object.defineProperty(feed, 'contentType', { value: 'application/rss+xml' });
    const build = vi.fn(prefilter);
    const wake = vi.fn();
    scoutPage(feed, build, wake);
    await settle();
    feed.documentElement.append('More about Shenzhen');
    await settle();
    expect(build).not.toHaveBeenCalled();
    expect(wake).not.toHaveBeenCalled();
  });

  it('can be stopped without waking', async () => {
    const doc = page('<p>Nothing</p>');
    const wake = vi.fn();
    const stop = scoutPage(doc, prefilter, wake);
    stop();
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'Shenzhen' }));
    await settle();
    expect(wake).not.toHaveBeenCalled();
  });
});
