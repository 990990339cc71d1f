/** What the popup is told a tab's page mentions, given the frames' reports and the document it shows now. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: { storage: {} } }));
const { forgetTab, mentionsOfPage, recordFrame } = await import('../../src/background/tab-mentions');

const shenzhen = { id: 'city:shenzhen', count: 2 } as const;
const alibaba = { id: 'company:alibaba', count: 1 } as const;

/** A document: its address and when it started (ms since the epoch). */
const doc = (url: string, startedAt: number) => ({ url, startedAt });

describe('tab mentions', () => {
  it('merges the frames of the document the tab shows, whatever its fragment', async () => {
    await recordFrame(1, 0, doc('https://news.example/a#top', 1_000), [shenzhen]);
    await recordFrame(1, 7, doc('https://ads.example/frame', 1_400), [alibaba, shenzhen]);
    expect(await mentionsOfPage(1, doc('https://news.example/a#comments', 1_000))).toEqual({
      url: 'https://news.example/a#comments',
      entities: [{ id: 'city:shenzhen', count: 4 }, alibaba],
    });
  });

  it('says a readable page that never reported names nothing, and an unreadable one is null', async () => {
    await recordFrame(2, 0, doc('https://news.example/old', 1_000), [shenzhen]);
    // The tab moved on to a page that names nothing (it never reports).
    expect(await mentionsOfPage(2, doc('https://news.example/new', 9_000))).toEqual({ url: 'https://news.example/new', entities: [] });
    expect(await mentionsOfPage(3, doc('https://quiet.example/', 9_000))).toEqual({ url: 'https://quiet.example/', entities: [] });
    expect(await mentionsOfPage(2, null)).toBeNull();
  });

  it('counts nothing of an earlier document at the same address (a reload that now names nothing)', async () => {
    await recordFrame(5, 0, doc('https://news.example/live', 1_000), [shenzhen]);
    await recordFrame(5, 3, doc('https://frame.example/', 1_300), [alibaba]);
    expect((await mentionsOfPage(5, doc('https://news.example/live', 1_000)))?.entities).toEqual([shenzhen, alibaba]);
    expect((await mentionsOfPage(5, doc('https://news.example/live', 60_000)))?.entities).toEqual([]);
  });

  it("keeps a new page's subframes that report before its top frame, and drops the old page's", async () => {
    await recordFrame(4, 0, doc('https://top.example/', 1_000), [shenzhen]);
    await recordFrame(4, 3, doc('https://frame.example/old', 1_200), [alibaba]);
    // The tab loads another page; one of its subframes reports first.
    await recordFrame(4, 9, doc('https://frame.example/new', 20_300), [alibaba]);
    const next = doc('https://top.example/next', 20_000);
    expect((await mentionsOfPage(4, next))?.entities).toEqual([alibaba]);
    // Its top frame reports too: the old page's frames go, the new subframe stays.
    expect(await recordFrame(4, 0, next, [shenzhen])).toEqual([shenzhen, alibaba]);
    expect((await mentionsOfPage(4, next))?.entities).toEqual([shenzhen, alibaba]);
    // A late report from a frame of the page the tab has left is ignored.
    expect(await recordFrame(4, 3, doc('https://frame.example/old', 1_200), [alibaba, alibaba])).toEqual([shenzhen, alibaba]);
    await forgetTab(4);
    expect((await mentionsOfPage(4, next))?.entities).toEqual([]);
  });

  it('starts afresh when a single-page app moves to another address, once its top frame reports there', async () => {
    const article = doc('https://app.example/article/1', 1_000);
    await recordFrame(6, 0, article, [shenzhen]);
    await recordFrame(6, 2, doc('https://embed.example/', 1_500), [alibaba]);
    const moved = doc('https://app.example/article/2', 1_000);
    // Same document, new address, no report yet: what the tab had is about the old address.
    expect((await mentionsOfPage(6, moved))?.entities).toEqual([]);
    await recordFrame(6, 0, moved, [alibaba]);
    expect((await mentionsOfPage(6, moved))?.entities).toEqual([alibaba]);
  });
});
