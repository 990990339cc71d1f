/** What the popup and badge are told a tab's page mentions, given the frames' reports and what each frame shows now. */
import { describe, expect, it, vi } from 'vitest';
import type { PageIdentity } from '../../src/shared/messages';

vi.mock('../../src/shared/browser', () => ({ default: { storage: {} } }));
const { forgetTab, mentionsOfPage, recordFrame } = await import('../../src/background/tab-mentions');

const shenzhen = { id: 'city:shenzhen', count: 2 } as const;
const alibaba = { id: 'company:alibaba', count: 1 } as const;

/** A document: its address and when it started (ms since the epoch). */
const doc = (url: string, startedAt: number): PageIdentity => ({ url, startedAt });

/** The frames of a tab that answer content:hello now (frame id -> document); the rest stay silent. */
function tab(frames: Record<number, PageIdentity>, url?: string) {
  const asked: number[] = [];
  const ask = async (_tabId: number, frameId: number) => {
    asked.push(frameId);
    return frames[frameId] ?? null;
  };
  return { ask, url: async () => url, asked };
}

describe('tab mentions', () => {
  it('merges the frames that still show the document they reported from, whatever its fragment', async () => {
    const top = doc('https://news.example/a#top', 1_000);
    const ad = doc('https://ads.example/frame', 1_400);
    await recordFrame(1, 0, top, [shenzhen]);
    await recordFrame(1, 7, ad, [alibaba, shenzhen]);
    const now = tab({ 0: doc('https://news.example/a', 1_000), 7: ad });
    expect(await mentionsOfPage(1, now.ask, now.url)).toEqual({
      url: 'https://news.example/a',
      entities: [{ id: 'city:shenzhen', count: 4 }, alibaba],
    });
    expect(now.asked.sort()).toEqual([0, 7]);
  });

  it('counts nothing from a page the tab has left, and tells a quiet web page from one it cannot read', async () => {
    await recordFrame(2, 0, doc('https://news.example/old', 1_000), [shenzhen]);
    await recordFrame(2, 4, doc('https://frame.example/', 1_100), [alibaba]);
    // A reload: the top frame answers from a new document that has not reported yet.
    const reloaded = tab({ 0: doc('https://news.example/old', 9_000) });
    expect(await mentionsOfPage(2, reloaded.ask, reloaded.url)).toEqual({ url: 'https://news.example/old', entities: [] });
    // A page that names nothing never listens: the address comes from the tab.
    const quiet = tab({}, 'https://quiet.example/');
    expect(await mentionsOfPage(2, quiet.ask, quiet.url)).toEqual({ url: 'https://quiet.example/', entities: [] });
    for (const url of [
      'chrome://extensions/',
      'about:addons',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-US/firefox/',
      undefined,
    ]) {
      const closed = tab({}, url);
      expect(await mentionsOfPage(2, closed.ask, closed.url), String(url)).toBeNull();
    }
  });

  it('counts a frame that names something under a top page that names nothing', async () => {
    const embed = doc('https://embed.example/', 5_200);
    await recordFrame(3, 6, embed, [alibaba]);
    const now = tab({ 6: embed }, 'https://quiet.example/with-embed');
    expect(await mentionsOfPage(3, now.ask, now.url)).toEqual({ url: 'https://quiet.example/with-embed', entities: [alibaba] });
    // Where the browser does not show the address (Chrome, before the popup was opened there).
    const hidden = tab({ 6: embed });
    expect(await mentionsOfPage(3, hidden.ask, hidden.url)).toEqual({ entities: [alibaba] });
  });

  it('forgets a frame that has gone, and a single-page app move until the top frame reports again', async () => {
    const article = doc('https://app.example/article', 1_000);
    const embed = doc('https://embed.example/', 1_500);
    await recordFrame(4, 0, article, [shenzhen]);
    await recordFrame(4, 2, embed, [alibaba]);
    const moved = doc('https://app.example/other', 1_000);
    const afterMove = tab({ 0: moved, 2: embed });
    expect((await mentionsOfPage(4, afterMove.ask, afterMove.url))?.entities).toEqual([alibaba]);
    await recordFrame(4, 0, moved, [alibaba]);
    expect((await mentionsOfPage(4, afterMove.ask, afterMove.url))?.entities).toEqual([{ id: 'company:alibaba', count: 2 }]);
    // The embed is removed; its report is dropped, not just skipped: it is not asked again.
    const gone = tab({ 0: moved });
    expect((await mentionsOfPage(4, gone.ask, gone.url))?.entities).toEqual([alibaba]);
    const later = tab({ 0: moved, 2: embed });
    expect((await mentionsOfPage(4, later.ask, later.url))?.entities).toEqual([alibaba]);
    expect(later.asked).toEqual([0]);
    await forgetTab(4);
    expect((await mentionsOfPage(4, later.ask, later.url))?.entities).toEqual([]);
  });

  it('keeps a report that arrives while the frames are being asked', async () => {
    await recordFrame(5, 0, doc('https://news.example/old', 1_000), [shenzhen]);
    const next = doc('https://news.example/next', 30_000);
    let answer!: () => void;
    const slow = async (_tabId: number, frameId: number) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return frameId === 0 ? next : null;
    };
    const pending = mentionsOfPage(5, slow, async () => undefined);
    // The new page reports before the old page's answer comes back.
    await recordFrame(5, 0, next, [alibaba]);
    answer();
    expect((await pending)?.entities).toEqual([]);
    const now = tab({ 0: next });
    expect((await mentionsOfPage(5, now.ask, now.url))?.entities).toEqual([alibaba]);
  });
});
