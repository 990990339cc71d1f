// @vitest-environment happy-dom
/**
 * The mark surface for browsers without the CSS Custom Highlight API. Chromium and Firefox 142+ both
 * have the API (and neither can switch it off), so only a special build reaches this path end to end
 * (page-fallback.e2e.ts): here it must honour the same surface calls, with boxes in our shadow root.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFallbackSurface } from '../../src/content/fallback-marks';
import { createHost, type LensHost } from '../../src/content/host';
import type { MarkSurface } from '../../src/content/marks';
import type { PageMention } from '../../src/content/mention-ranges';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** happy-dom lays nothing out: give each range one line box, placed by its start offset. */
const realRects = Range.prototype.getClientRects;
beforeEach(() => {
  Range.prototype.getClientRects = function (this: Range) {
    const top = this.startOffset * 10;
    return [{ left: 10, top, width: 50, height: 16, right: 60, bottom: top + 16 }] as unknown as DOMRectList;
  };
});
afterEach(() => {
  Range.prototype.getClientRects = realRects;
  document.body.replaceChildren();
  document.querySelector('china-tech-lens')?.remove();
});

function setUp(): { host: LensHost; painter: MarkSurface; mentions: PageMention[]; boxes: () => HTMLElement[] } {
  const p = document.createElement('p');
  p.textContent = 'Shenzhen and Huawei';
  document.body.append(p);
  const text = p.firstChild as Text;
  const mention = (id: PageMention['id'], kind: PageMention['kind'], start: number, end: number): PageMention => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return { id, kind, range, nodes: [text] };
  };
  const host = createHost(document, '');
  const painter = createFallbackSurface(window, host, new AbortController().signal, () => false);
  const mentions = [
    mention('city:shenzhen' as PageMention['id'], 'city', 0, 8),
    mention('company:huawei' as PageMention['id'], 'company', 13, 19),
  ];
  const boxes = () => [...host.shadow.querySelectorAll<HTMLElement>('.marks .mark')];
  return { host, painter, mentions, boxes };
}

describe('fallback marks', () => {
  it('boxes each mention in our shadow root, at its place on the page, and leaves the page text alone', async () => {
    const { painter, mentions, boxes } = setUp();
    painter.add(mentions);
    await nextFrame();
    expect(boxes().map((b) => [b.style.left, b.style.top, b.style.width])).toEqual([
      ['10px', '0px', '50px'],
      ['10px', '130px', '50px'],
    ]);
    const p = document.querySelector('p')!;
    expect([p.childNodes.length, p.textContent]).toEqual([1, 'Shenzhen and Huawei']);
  });

  it('follows remove, add and clear', async () => {
    const { host, painter, mentions, boxes } = setUp();
    painter.add(mentions);
    painter.remove([mentions[0]!]);
    await nextFrame();
    expect(boxes()).toHaveLength(1);
    painter.remove([mentions[1]!]);
    painter.add([mentions[0]!]);
    await nextFrame();
    expect(boxes().map((b) => b.style.top)).toEqual(['0px']);
    painter.clear();
    expect(host.shadow.querySelector('.marks')).toBeNull();
  });

  it('marks the active mention and, in hover style, only that one', async () => {
    const { painter, mentions, boxes } = setUp();
    painter.add(mentions);
    painter.setStyle('hover');
    await nextFrame();
    expect(boxes()).toHaveLength(0);
    painter.setActive(mentions[1]);
    await nextFrame();
    expect(boxes()).toHaveLength(1);
    expect(boxes()[0]!.style.background).not.toBe('');
    painter.setActive(undefined);
    painter.setStyle('background');
    await nextFrame();
    expect(boxes().every((b) => b.style.background !== '' && b.style.borderBottom === '')).toBe(true);
  });
});
