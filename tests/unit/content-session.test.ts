// @vitest-environment happy-dom
/**
 * The page session's pipeline, end to end inside one document: the scout hands over, the page is read
 * in idle slices, a fake detector (standing in for the worker) finds the names, the mention store keeps
 * them, and marks are painted for the blocks near the viewport, one batch per animation frame.
 *
 * happy-dom has neither the CSS Custom Highlight API nor a working IntersectionObserver: the test
 * installs a Highlight class holding ranges, CSS.highlights as a Map, and an IntersectionObserver whose
 * viewport the test moves. Timers (idle slices fall back to setTimeout here, animation frames, the
 * report's debounce) are vitest's fake ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_DEBOUNCE_MS, type FrameReport } from '../../src/content/reporter';
import { type Handover, scoutPage } from '../../src/content/scout';
import { PageSession, type SessionDeps } from '../../src/content/session';
import { withDerived } from '../../src/data/derived';
import { getEntity, type EntityId } from '../../src/data/index';
import type { Mention } from '../../src/detect/types';
import type { CardData } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { liveWindowListeners } from './window-listeners';

/** The fake detector's names. */
const NAMES: Record<string, EntityId> = {
  Shenzhen: 'city:shenzhen',
  Beijing: 'city:beijing',
  Huawei: 'company:huawei',
  Tencent: 'company:tencent',
};
const mayMention = (text: string) => Object.keys(NAMES).some((name) => text.includes(name));

function find(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [name, id] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      found.push({ start: at, end: at + name.length, id, text: name });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every change made to a highlight, with the (fake) time it happened. */
let changes: { op: 'add' | 'delete'; text: string; at: number }[];
const textOf = (range: AbstractRange) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);

class FakeHighlight extends Set<AbstractRange> {
  override add(range: AbstractRange): this {
    changes?.push({ op: 'add', text: textOf(range), at: Date.now() });
    return super.add(range);
  }
  override delete(range: AbstractRange): boolean {
    const had = super.delete(range);
    if (had) changes.push({ op: 'delete', text: textOf(range), at: Date.now() });
    return had;
  }
}

/**
 * An IntersectionObserver over a pretend viewport: every element is in view except those the test
 * has scrolled away (below the viewport, or above it). Like the real one it reports each target's state
 * soon after `observe`, with where it lies against the painted band, and then only when a target goes
 * in or out of view: a target moved from below to above without passing through is not reported.
 */
/** Only the edges the code reads; the rest of a DOMRect does not matter here. */
const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRectReadOnly;
const BAND = rect(0, 1000);
const RECTS: Record<'in' | 'above' | 'below', DOMRectReadOnly> = { in: rect(10, 30), below: rect(2000, 2020), above: rect(-2020, -2000) };
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  private readonly last = new Map<Element, boolean>();

  constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
    queueMicrotask(() => this.report());
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
    this.last.delete(target);
  }
  disconnect(): void {
    this.disconnected = true;
    this.targets.clear();
    this.last.clear();
  }
  /** Reports the targets whose state changed (or was never reported). */
  report(): void {
    const entries = [...this.targets]
      .map((target) => {
        const where = offscreen.get(target) ?? 'in';
        return { target, isIntersecting: where === 'in', rootBounds: BAND, boundingClientRect: RECTS[where] };
      })
      .filter((e) => this.last.get(e.target) !== e.isIntersecting);
    for (const e of entries) this.last.set(e.target, e.isIntersecting);
    if (entries.length) this.callback(entries);
  }
}
let offscreen: Map<Element, 'above' | 'below'>;

/** Moves the pretend viewport: `away` are below it, everything else in it. */
async function scroll(...away: Element[]): Promise<void> {
  await scrollTo({ below: away });
}

/** Moves the pretend viewport: these elements are above or below it, everything else in it. */
async function scrollTo({ above = [], below = [] }: { above?: Element[]; below?: Element[] }): Promise<void> {
  offscreen = new Map([...above.map((e) => [e, 'above'] as const), ...below.map((e) => [e, 'below'] as const)]);
  for (const io of FakeIntersectionObserver.all) io.report();
  await Promise.resolve();
}

/** What is painted: `kind:text` for every range in our highlights, sorted. */
function painted(): string[] {
  const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  return [...highlights].flatMap(([name, ranges]) => [...ranges].map((r) => `${name.replace(/^ctl-/, '')}:${textOf(r)}`)).sort();
}

const cardData = (id: EntityId): CardData => {
  const entity = withDerived(getEntity(id)!);
  const labels = Object.fromEntries(entity.relatedAll.map((r) => [r, { id: r, kind: getEntity(r)!.kind, name: getEntity(r)!.name }]));
  return { entity, labels, publishers: {} };
};

let session: PageSession;
let detect: ReturnType<typeof vi.fn<SessionDeps['detect']>>;
let reports: FrameReport[];
const OFF: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['localhost'] };

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;

/** Lets the page go idle long enough for every slice, answer, frame and report to happen. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await vi.advanceTimersByTimeAsync(REPORT_DEBOUNCE_MS);
}

/** A page as the scout hands it over (`away`: its elements out of view), with the session started under `settings`. */
async function open(html: string, settings: Settings = DEFAULT_SETTINGS, away: string[] = [], prepare?: () => void): Promise<PageSession> {
  document.body.innerHTML = html;
  prepare?.();
  offscreen = new Map(away.map((selector) => [$(selector), 'below'] as const));
  let handover: Handover | undefined;
  scoutPage(
    document,
    () => mayMention,
    (h) => (handover = h),
  );
  await vi.advanceTimersByTimeAsync(100);
  expect(handover).toBeDefined();
  session = new PageSession(
    {
      win: window,
      detect,
      loadCard: async (id) => cardData(id),
      compare: () => undefined,
      report: async (report) => void reports.push(report),
      checkClaims: async ({ texts }) => texts.map(() => []),
      t: (key) => key,
      lang: 'en',
    },
    handover!,
  );
  session.apply(settings);
  await settle();
  return session;
}

const lastReport = () => reports[reports.length - 1]!.entities.map((e) => `${e.id}×${e.count}`);

beforeEach(() => {
  vi.useFakeTimers();
  changes = [];
  offscreen = new Map();
  reports = [];
  FakeIntersectionObserver.all = [];
  detect = vi.fn<SessionDeps['detect']>(async (texts) => ({ mentions: texts.map(find), abbreviations: {} }));
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', Object.assign(Object.create(CSS), { highlights: new Map() }));
});

const realRects = Range.prototype.getClientRects;
afterEach(async () => {
  Range.prototype.getClientRects = realRects;
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  // Switching the site off is the one way a session ends.
  session?.apply(OFF);
  await vi.advanceTimersByTimeAsync(REPORT_DEBOUNCE_MS);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Each paragraph under a parent of its own, so each is a run of its own (see runs below). */
const ARTICLE =
  '<div><p id="a">Factories in Shenzhen.</p></div><div><p id="b">Huawei builds phones.</p></div><div><p id="c">Tencent is in Shenzhen too.</p></div>';

describe('the page session', () => {
  it('paints the marks of the blocks in view and not of the rest, and leaves the page itself alone', async () => {
    await open(ARTICLE, DEFAULT_SETTINGS, ['#b', '#c']);
    expect(painted()).toEqual(['city:Shenzhen']);
    expect(changes.map((c) => c.text)).toEqual(['Shenzhen']);
    expect(document.body.innerHTML).toBe(ARTICLE);
    // Every mention counts for the popup and the badge, painted or not.
    expect(lastReport()).toEqual(['city:shenzhen×2', 'company:huawei×1', 'company:tencent×1']);
  });

  it('paints blocks scrolled into view in the next animation frame, all of them in one batch', async () => {
    await open(ARTICLE, DEFAULT_SETTINGS, ['#b', '#c']);
    changes = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await scroll();
    expect(changes).toEqual([]);
    expect(frames).toHaveBeenCalledTimes(1);
    vi.advanceTimersToNextFrame();
    expect(painted()).toEqual(['city:Shenzhen', 'city:Shenzhen', 'company:Huawei', 'company:Tencent']);
    expect(changes.map((c) => c.text).sort()).toEqual(['Huawei', 'Shenzhen', 'Tencent']);
    expect(new Set(changes.map((c) => c.at)).size).toBe(1);
  });

  it('takes the marks off blocks scrolled out of view, in one batch', async () => {
    await open(ARTICLE);
    expect(painted()).toHaveLength(4);
    changes = [];
    await scroll($('#a'), $('#b'));
    vi.advanceTimersToNextFrame();
    expect(painted()).toEqual(['city:Shenzhen', 'company:Tencent']);
    expect(changes.filter((c) => c.op === 'delete').map((c) => c.text)).toEqual(['Shenzhen', 'Huawei']);
    expect(new Set(changes.map((c) => c.at)).size).toBe(1);
  });

  it('drops the marks of a paragraph the page removes', async () => {
    await open(ARTICLE);
    const observed = () => FakeIntersectionObserver.all.flatMap((io) => [...io.targets]);
    expect(observed()).toContain($('#b'));
    $('#b').remove();
    await settle();
    expect(painted()).toEqual(['city:Shenzhen', 'city:Shenzhen', 'company:Tencent']);
    // The popup and the badge no longer count it either.
    expect(lastReport()).toEqual(['city:shenzhen×2', 'company:tencent×1']);
    expect(observed()).toHaveLength(2);
  });

  it('reads and marks a paragraph the page adds later', async () => {
    await open(ARTICLE);
    const p = document.createElement('p');
    p.textContent = 'Later: Beijing.';
    document.body.append(p);
    await settle();
    expect(painted()).toContain('city:Beijing');
    expect(lastReport()).toContain('city:beijing×1');
    // Only the new paragraph went to the detector.
    expect(detect.mock.calls.at(-1)![0]).toEqual(['Later: Beijing.']);
  });

  it('hides the marks of a kind switched off, and shows them again when it is switched back on', async () => {
    await open(ARTICLE);
    session.apply({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, company: false } });
    await settle();
    expect(painted()).toEqual(['city:Shenzhen', 'city:Shenzhen']);
    expect(lastReport()).toEqual(['city:shenzhen×2']);
    session.apply(DEFAULT_SETTINGS);
    await settle();
    expect(painted()).toEqual(['city:Shenzhen', 'city:Shenzhen', 'company:Huawei', 'company:Tencent']);
    // Known mentions change their marks without the page being read again.
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('opens the next mention’s card at once from the keyboard, with focus in it, and Esc closes it', async () => {
    const button = document.createElement('button');
    await open(ARTICLE);
    document.body.prepend(button);
    button.focus();
    expect(session.step(1)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    const host = $('china-tech-lens');
    const card = host.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(card.hidden).toBe(false);
    expect(card.querySelector('.name')!.textContent).toContain('Shenzhen');
    expect(host.shadowRoot!.activeElement).toBe(card);
    expect(painted()).toContain('active:Shenzhen');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.hidden).toBe(true);
    expect(painted()).not.toContain('active:Shenzhen');
    expect(document.activeElement).toBe(button);
  });
});

describe('switching the site off', () => {
  /** Mutation observers now observing something. */
  function countMutationObservers() {
    const observing = new Set<MutationObserver>();
    vi.stubGlobal(
      'MutationObserver',
      class extends MutationObserver {
        override observe(target: Node, options?: MutationObserverInit): void {
          observing.add(this);
          super.observe(target, options);
        }
        override disconnect(): void {
          observing.delete(this);
          super.disconnect();
        }
      },
    );
    return observing;
  }

  it('takes every mark and our element off the page, and leaves no listener, observer or timer running', async () => {
    const observing = countMutationObservers();
    await open(ARTICLE, OFF);
    expect(document.querySelector('china-tech-lens')).toBeNull();
    const live = liveWindowListeners();
    session.apply(DEFAULT_SETTINGS);
    await settle();
    // The pointer rests on a mention (its card on the way) while the keyboard's card is open.
    document.caretPositionFromPoint = () => ({ offsetNode: $('#b').firstChild!, offset: 2 }) as unknown as CaretPosition;
    Range.prototype.getClientRects = () =>
      [{ left: 0, top: 0, right: 999, bottom: 999, width: 999, height: 999 }] as unknown as DOMRectList;
    session.step(1);
    await vi.advanceTimersByTimeAsync(100);
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5 }));
    vi.advanceTimersToNextFrame();
    expect(painted().length).toBeGreaterThan(0);
    expect(live.size).toBeGreaterThan(0);
    expect(observing.size).toBe(1);
    expect(vi.getTimerCount()).toBeGreaterThan(1);

    session.apply(OFF);
    expect(painted()).toEqual([]);
    expect((CSS as unknown as { highlights: Map<string, unknown> }).highlights.size).toBe(0);
    expect(document.querySelector('china-tech-lens')).toBeNull();
    expect([...live]).toEqual([]);
    expect(FakeIntersectionObserver.all.every((io) => io.disconnected)).toBe(true);
    expect(observing.size).toBe(0);
    // One timer is left: the report that the page now names nothing.
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(REPORT_DEBOUNCE_MS);
    expect(reports.at(-1)).toEqual({ entities: [], contradictions: [] });
    expect(vi.getTimerCount()).toBe(0);

    // Nor does the page's text reach the detector any more.
    const calls = detect.mock.calls.length;
    $('#a').append(' And Beijing.');
    await settle();
    expect(detect).toHaveBeenCalledTimes(calls);
    expect(painted()).toEqual([]);
  });

  it('on a site that is off from the start, marks nothing and watches nothing', async () => {
    const observing = countMutationObservers();
    await open(ARTICLE, OFF);
    expect(painted()).toEqual([]);
    expect(document.querySelector('china-tech-lens')).toBeNull();
    expect(observing.size).toBe(0);
    $('#a').append(' And Beijing.');
    await settle();
    expect(detect).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads the page, and follows its changes, once a site that started off is switched on', async () => {
    await open(ARTICLE, OFF);
    session.apply(DEFAULT_SETTINGS);
    await settle();
    expect(painted()).toEqual(['city:Shenzhen', 'city:Shenzhen', 'company:Huawei', 'company:Tencent']);
    $('#b').append(' Beijing too.');
    await settle();
    expect(painted()).toContain('city:Beijing');
  });

  it('marks the page afresh when the site is switched back on', async () => {
    await open(ARTICLE);
    session.apply(OFF);
    await settle();
    $('#a').append(' And Beijing.');
    session.apply(DEFAULT_SETTINGS);
    await settle();
    expect(painted()).toEqual(['city:Beijing', 'city:Shenzhen', 'city:Shenzhen', 'company:Huawei', 'company:Tencent']);
    expect(lastReport()).toEqual(['city:shenzhen×2', 'city:beijing×1', 'company:huawei×1', 'company:tencent×1']);
  });
});

describe('runs of blocks', () => {
  /** Twenty paragraphs under one parent, each naming Shenzhen. */
  const LONG = Array.from({ length: 20 }, (_, i) => `<p id="p${i}">Shenzhen, part ${i}.</p>`).join('');
  const ps = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => $(`#p${from + i}`));
  const observed = () => FakeIntersectionObserver.all.flatMap((io) => [...io.targets]).map((e) => e.id);

  it('watches a run of blocks under one parent through its first and last block only', async () => {
    await open(LONG);
    expect(painted()).toHaveLength(20);
    expect(observed().sort()).toEqual(['p0', 'p15', 'p16', 'p19']);
  });

  it('paints a whole run while the reader is inside it, and none of a run out of reach', async () => {
    await open(LONG);
    // Read down to the middle of the first run: its ends lie on either side of the screen.
    await scrollTo({ above: ps(0, 8), below: ps(8, 20) });
    vi.advanceTimersToNextFrame();
    expect(painted()).toHaveLength(16);
    // On past both runs, through the end of the first.
    await scrollTo({ above: ps(0, 15), below: [] });
    await scrollTo({ above: ps(0, 20) });
    vi.advanceTimersToNextFrame();
    expect(painted()).toEqual([]);
  });

  it('asks again after a jump past both ends of a run, which the observer does not report', async () => {
    await open(LONG);
    await scrollTo({ above: ps(0, 8), below: ps(8, 20) });
    vi.advanceTimersToNextFrame();
    expect(painted()).toHaveLength(16);
    // End: everything is above now, but no end went through the screen on the way.
    await scrollTo({ above: ps(0, 20) });
    vi.advanceTimersToNextFrame();
    expect(painted()).toHaveLength(16);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(window.innerHeight * 5);
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    await Promise.resolve();
    vi.advanceTimersToNextFrame();
    expect(painted()).toEqual([]);
  });

  it('keeps a run whole when a block in it is removed, watching its new end', async () => {
    await open(LONG);
    $('#p15').remove();
    await settle();
    expect(painted()).toHaveLength(19);
    expect(observed().sort()).toEqual(['p0', 'p14', 'p16', 'p19']);
  });
});

describe('runs across shadow roots', () => {
  it('never joins blocks of different shadow roots in one run', async () => {
    await open('<div id="h1"></div><div id="h2"></div><div id="h3"></div>', DEFAULT_SETTINGS, [], () => {
      for (const id of ['h1', 'h2', 'h3']) $(`#${id}`).attachShadow({ mode: 'open' }).innerHTML = `<p id="s${id}">Shenzhen in ${id}.</p>`;
    });
    const observed = FakeIntersectionObserver.all.flatMap((io) => [...io.targets]).map((e) => e.id);
    expect(observed.sort()).toEqual(['sh1', 'sh2', 'sh3']);
  });
});
