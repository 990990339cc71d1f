/**
 * Page-side probes for the page scenarios, run through PageHandle.evaluate (so they work with any
 * driver). They read our host's open shadow root and the highlight registry, as a reader's eyes would.
 */
import type { ExtensionBrowser, PageHandle } from './harness';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Scrolls the nth occurrence of `text` (in page text nodes, shadow roots included) into view; its centre. */
export function pointOf(page: PageHandle, text: string, nth = 0): Promise<Point | null> {
  return page.evaluate(
    ({ text, nth }) => {
      const roots: Node[] = [document.body];
      let seen = 0;
      while (roots.length) {
        const root = roots.shift()!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeType === 1) {
            if ((n as Element).shadowRoot && (n as Element).tagName !== 'CHINA-TECH-LENS') roots.push((n as Element).shadowRoot!);
            continue;
          }
          if (n.parentElement?.closest('script, style, textarea')) continue;
          const data = (n as Text).data;
          for (let i = data.indexOf(text); i >= 0; i = data.indexOf(text, i + 1)) {
            if (seen++ < nth) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + text.length);
            (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const r = range.getClientRects()[0]!;
            return { x: r.left + Math.min(r.width / 2, 6), y: r.top + r.height / 2 };
          }
        }
      }
      return null;
    },
    { text, nth },
  );
}

export interface CardState {
  readonly open: boolean;
  readonly name: string;
  readonly text: string;
  readonly rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  readonly fontSize: number;
  readonly role: string | null;
}

/** The card as shown now (null when our host is missing). */
export function cardState(page: PageHandle): Promise<CardState | null> {
  return page.evaluate(() => {
    const card = document.querySelector('china-tech-lens')?.shadowRoot?.getElementById('ctl-card') as HTMLElement | null;
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return {
      open: !card.hidden && r.width > 0,
      name: card.querySelector('.name')?.textContent ?? '',
      text: card.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      fontSize: parseFloat(getComputedStyle(card).fontSize),
      role: card.getAttribute('role'),
    };
  });
}

/** Waits for the card to show `name`, then returns its state. */
export async function waitForCard(page: PageHandle, name: string): Promise<CardState> {
  try {
    await page.waitFor(
      (name) => {
        const card = document.querySelector('china-tech-lens')?.shadowRoot?.getElementById('ctl-card') as HTMLElement | null;
        return !!card && !card.hidden && (card.querySelector('.name')?.textContent ?? '').includes(name);
      },
      name,
      10_000,
    );
  } catch (error) {
    const now = await cardState(page);
    throw new Error(
      `no card naming ${name}; the card now: ${now ? `${now.open ? 'open' : 'hidden'}, "${now.name}"` : 'none'} (${String(error)})`,
    );
  }
  return (await cardState(page))!;
}

export async function waitForCardClosed(page: PageHandle, timeoutMs?: number): Promise<void> {
  await page.waitFor(
    () => {
      const card = document.querySelector('china-tech-lens')?.shadowRoot?.getElementById('ctl-card') as HTMLElement | null;
      return !card || card.hidden;
    },
    undefined,
    timeoutMs,
  );
}

export interface PageSnapshots {
  /** The page's own snapshot, taken by the fixture at DOMContentLoaded (window.__before). */
  readonly before: { readonly html: string; readonly text: string };
  /** The same now, with our host element left out. */
  readonly now: { readonly html: string; readonly text: string };
}

/** The fixture's snapshot of itself beside the page as it is now, for checking we changed nothing. */
export function pageSnapshots(page: PageHandle): Promise<PageSnapshots> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('china-tech-lens')?.remove();
    return { before: (window as any).__before, now: { html: clone.outerHTML, text: document.body.innerText } };
  });
}

/**
 * Marks are painted for the visible part of the tab in front (they follow the reader): the helpers that
 * read them bring their page to the front first, as a reader looking at it would.
 */

/** Ranges painted per highlight name (ctl-city, ctl-company, ...). */
export async function highlightCounts(page: PageHandle): Promise<Record<string, number>> {
  await page.bringToFront();
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    registry?.forEach((set, name) => (out[name] = set.size));
    return out;
  });
}

/** Text of every painted mention, in no particular order. */
export async function markedTexts(page: PageHandle): Promise<string[]> {
  await page.bringToFront();
  return page.evaluate(() => {
    const out: string[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    registry?.forEach((set, name) => {
      if (name === 'ctl-active') return;
      set.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      });
    });
    return out;
  });
}

/** Waits until at least `min` mentions are painted. */
export async function waitForMarks(page: PageHandle, min = 1, timeoutMs = 15_000): Promise<number> {
  await page.bringToFront();
  return page.waitFor(
    (min) => {
      let total = 0;
      (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((set, name) => {
        if (name !== 'ctl-active') total += set.size;
      });
      return total >= min ? total : 0;
    },
    min,
    timeoutMs,
  );
}

/** Opens the test article and waits until its mentions are marked. */
export async function openArticle(ext: ExtensionBrowser): Promise<PageHandle> {
  const page = await ext.openPage('/article.html');
  await waitForMarks(page, 20);
  return page;
}

/** Sends the keyboard command's message to a tab, as the service worker does on Alt+Shift+N/P. */
export async function stepMention(ext: ExtensionBrowser, page: PageHandle, direction: 1 | -1): Promise<boolean> {
  return stepMentionInTab(ext, await ext.tabIdOf(page), direction);
}

/** The same for a tab known by id. */
export function stepMentionInTab(ext: ExtensionBrowser, tabId: number, direction: 1 | -1): Promise<boolean> {
  return ext.extensionEval(
    ({ tabId, direction }) => {
      const api = (globalThis as any).chrome ?? (globalThis as any).browser;
      return api.tabs.sendMessage(tabId, { type: 'content:step', payload: { direction } }, { frameId: 0 });
    },
    { tabId, direction },
  );
}

/** Moves the pointer onto `text` and waits for the card that names `name`. */
export async function hoverText(page: PageHandle, text: string, name = text, nth = 0): Promise<CardState> {
  const point = await pointOf(page, text, nth);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouseMove(point.x, point.y);
  return waitForCard(page, name);
}

/** Waits until the painted mentions read exactly `texts` (any order); a stale mark on removed text reads "". */
export async function waitForMarkedTexts(page: PageHandle, texts: readonly string[], timeoutMs = 15_000): Promise<string[]> {
  const want = [...texts].sort().join('\n');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = (await markedTexts(page)).sort();
    if (now.join('\n') === want) return now;
    if (Date.now() > deadline) throw new Error(`marks read ${JSON.stringify(now)}, not ${JSON.stringify([...texts].sort())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the service worker's summary of a tab names exactly the entities `ids`; returns it. */
export async function waitForTabReport(
  ext: ExtensionBrowser,
  tabId: number,
  ids: readonly string[],
): Promise<{ url: string; entities: { id: string; count: number }[] }> {
  const report = await ext.extensionEval(
    async ({ tabId, want }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      let last = null;
      for (let i = 0; i < 150; i++) {
        last = await api.runtime.sendMessage({ type: 'mentions:get', payload: { tabId } });
        const got = (last?.entities ?? []).map((e: { id: string }) => e.id).sort();
        if (got.join() === want.join()) return { ok: true, report: last };
        await new Promise((r) => setTimeout(r, 100));
      }
      return { ok: false, report: last };
    },
    { tabId, want: [...ids].sort() },
  );
  if (!report.ok) throw new Error(`tab ${tabId} never reported exactly ${ids.join(', ')}: ${JSON.stringify(report.report)}`);
  return report.report;
}

/** The toolbar badge's text in a tab, as the browser shows it. */
export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.extensionEval((id) => ((globalThis as any).browser ?? (globalThis as any).chrome).action.getBadgeText({ tabId: id }), tabId);
}

/** Waits (10 s at most) until the tab's badge text passes `ok`, and returns it; the last text is in the error. */
export async function waitForBadge(ext: ExtensionBrowser, tabId: number, ok: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = await badgeText(ext, tabId);
  while (!ok(text)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} on the badge; it shows ${JSON.stringify(text)}`);
    await new Promise((r) => setTimeout(r, 100));
    text = await badgeText(ext, tabId);
  }
  return text;
}

/**
 * Changes preferences the way the options page does (one `setting.<key>` item each, in storage.sync);
 * `null` puts a preference back to its default.
 */
export function setSettings(ext: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  return ext.extensionEval(async (values) => {
    const api = (globalThis as any).chrome ?? (globalThis as any).browser;
    const entries = Object.entries(values);
    await api.storage.sync.set(Object.fromEntries(entries.filter(([, v]) => v !== null).map(([k, v]) => [`setting.${k}`, v])));
    await api.storage.sync.remove(entries.filter(([, v]) => v === null).map(([k]) => `setting.${k}`));
  }, values);
}
