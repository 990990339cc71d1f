/** What the popup is told a tab's page mentions, given the frames' reports and the page it shows now. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: { storage: {} } }));
const { forgetTab, mentionsOfPage, recordFrame } = await import('../../src/background/tab-mentions');

const shenzhen = { id: 'city:shenzhen', count: 2 } as const;
const alibaba = { id: 'company:alibaba', count: 1 } as const;

describe('tab mentions', () => {
  it('merges the frames of the page the tab shows, whatever its fragment', async () => {
    await recordFrame(1, 0, 'https://news.example/a#top', [shenzhen]);
    await recordFrame(1, 7, 'https://ads.example/frame', [alibaba, shenzhen]);
    expect(await mentionsOfPage(1, 'https://news.example/a#comments')).toEqual({
      url: 'https://news.example/a#comments',
      entities: [{ id: 'city:shenzhen', count: 4 }, alibaba],
    });
  });

  it('says a readable page that never reported names nothing, and an unreadable one is null', async () => {
    await recordFrame(2, 0, 'https://news.example/old', [shenzhen]);
    // The tab moved on to a page that names nothing (it never reports).
    expect(await mentionsOfPage(2, 'https://news.example/new')).toEqual({ url: 'https://news.example/new', entities: [] });
    expect(await mentionsOfPage(3, 'https://quiet.example/')).toEqual({ url: 'https://quiet.example/', entities: [] });
    expect(await mentionsOfPage(2, null)).toBeNull();
  });

  it('starts afresh when the top frame reports another page, and forgets a tab that loads', async () => {
    // A subframe may report before its top frame: both belong to the page the tab loaded.
    await recordFrame(4, 3, 'https://frame.example/', [alibaba]);
    expect((await mentionsOfPage(4, 'https://top.example/'))?.entities).toEqual([alibaba]);
    await recordFrame(4, 0, 'https://top.example/', [shenzhen]);
    expect((await mentionsOfPage(4, 'https://top.example/'))?.entities).toEqual([shenzhen, alibaba]);
    await recordFrame(4, 0, 'https://top.example/next', [shenzhen]);
    expect((await mentionsOfPage(4, 'https://top.example/next'))?.entities).toEqual([shenzhen]);
    await forgetTab(4);
    expect((await mentionsOfPage(4, 'https://top.example/next'))?.entities).toEqual([]);
  });
});
