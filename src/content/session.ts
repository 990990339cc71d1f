/**
 * One page's state: the mentions found, where they are, what is painted, the card, and the work queue
 * that scans the page in slices. Turning the site off tears everything down; turning it on rebuilds.
 */
import type { EntityId } from '../data/schema';
import type { Mention } from '../detect/types';
import { withoutHash, type CardData, type EntityCount } from '../shared/messages';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { HoverCard } from './card';
import { SHADOW_CSS } from './card-css';
import type { Translate } from './card-facts';
import { compareMentions } from './doc-order';
import { mentionAt } from './hit-test';
import { createHost, type LensHost } from './host';
import { watchHover, type HoverIntent } from './hover-intent';
import { scrollToMention, stepIndex } from './keyboard-path';
import { MentionIndex, toPageMentions, visibleMentions, type PageMention } from './mention-ranges';
import { watchMutations, type MutationBatch, type MutationWatcher } from './mutations';
import { createPainter, type Painter } from './painter';
import { boundsOf, rectsOf } from './range-geometry';
import { countEntities, createReporter } from './reporter';
import { SLICE_MS, whenIdle } from './scheduler';
import { collectBlocks, isRendered, type TextBlock } from './text-blocks';

export interface SessionDeps {
  readonly win: Window;
  /** Mentions in each text, found by the worker. */
  readonly detect: (texts: readonly string[]) => Promise<readonly (readonly Mention[])[]>;
  /** Cheap check: false means the text cannot name anything in the dataset. */
  readonly mayMention: (text: string) => boolean;
  readonly loadCard: (id: EntityId) => Promise<CardData | null>;
  readonly compare: (id: EntityId) => void;
  readonly report: (entities: EntityCount[]) => Promise<unknown>;
  readonly t: Translate;
  readonly lang: string;
}

/**
 * What we put on the page, created with the first mention: a page without mentions never gets our
 * host element, so its DOM and styles are not touched at all.
 */
interface Ui {
  readonly host: LensHost;
  readonly painter: Painter;
  readonly card: HoverCard;
  readonly hover: HoverIntent;
}

/** Text per detection request: enough to amortise a message, small enough to answer quickly. */
const MAX_BATCH_CHARS = 200_000;
const MAX_IN_FLIGHT = 3;

/** The same entity over the same text. */
const samePlace = (a: PageMention, b: PageMention): boolean =>
  a.id === b.id &&
  a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset &&
  a.range.endContainer === b.range.endContainer && a.range.endOffset === b.range.endOffset;

export class Session {
  private settings: Settings | undefined;
  /** On for this site (settings loaded and the site not disabled). */
  private on = false;
  private mutations: MutationWatcher | undefined;
  private ui: Ui | undefined;
  private mentions: PageMention[] = [];
  private sorted = true;
  private readonly index = new MentionIndex();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private queue: Node[] = [];
  private working = false;
  /** Bumped by every reset: scans of an older generation stop. */
  private generation = 0;
  private cursor: PageMention | undefined;
  /** What is marked now (visible()), kept until the mentions or the preferences change. */
  private marked: Set<PageMention> | undefined;
  /** The mention the open card belongs to. */
  private cardFor: PageMention | undefined;
  private href: string;
  private readonly reporter;
  /** Resolves when the current queue has been scanned (tests and benchmarks wait on it). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: SessionDeps) {
    this.href = withoutHash(deps.win.location.href);
    this.reporter = createReporter(deps.report, deps.win);
    const onNavigate = () => void this.checkNavigation();
    deps.win.addEventListener('popstate', onNavigate);
    (deps.win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
    // Back on a page the browser kept whole (back/forward cache): it cleared the tab's badge, and the
    // worker dropped this frame's report while the frame could not answer, so say it again.
    deps.win.addEventListener('pageshow', (event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      this.reporter.reset();
      this.scheduleReport();
    });
  }

  /** Applies preferences: on/off for this site, mark style, kinds and scope, card options. */
  apply(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    const off = isSiteDisabled(settings, this.deps.win.location.hostname);
    if (off) {
      this.stop();
      return;
    }
    if (!this.on) {
      this.start();
      return;
    }
    if (previous?.highlightStyle !== settings.highlightStyle) this.ui?.painter.setStyle(settings.highlightStyle);
    this.marked = undefined;
    this.ui?.painter.repaint(this.visible());
    // A card whose mention is no longer marked (its kind switched off) closes without waiting for the pointer.
    if (this.cardFor && !this.isMarked(this.cardFor)) this.ui?.card.close();
    this.scheduleReport();
  }

  /** Mentions as painted now, in document order. */
  visible(): PageMention[] {
    const s = this.settings;
    if (!s) return [];
    if (!this.sorted) {
      this.mentions.sort(compareMentions);
      this.sorted = true;
    }
    return visibleMentions(this.mentions, s.mentionScope, s.kinds);
  }

  /** Whether a mention is marked on the page now: only those open a card under the pointer. */
  private readonly isMarked = (m: PageMention): boolean => (this.marked ??= new Set(this.visible())).has(m);

  /** Resolves once every queued subtree has been scanned. */
  whenSettled(): Promise<void> {
    return this.working ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  /** Keyboard path: the next or previous mention, scrolled into view with its card open. */
  step(direction: 1 | -1): boolean {
    const list = this.visible();
    const current = this.cursor ? list.indexOf(this.cursor) : -1;
    const next = list[stepIndex(list.length, current, direction)];
    return next ? this.reveal(next) : false;
  }

  /** Scrolls to the first mention of `id` and opens its card. */
  revealEntity(id: EntityId): boolean {
    const first = this.visible().find((m) => m.id === id) ?? this.mentions.find((m) => m.id === id);
    return first ? this.reveal(first) : false;
  }

  private reveal(mention: PageMention): boolean {
    if (!this.on) return false;
    this.cursor = mention;
    scrollToMention(this.deps.win, mention);
    this.openCard(mention, true);
    return true;
  }

  private openCard(mention: PageMention, focus: boolean): void {
    if (!this.on) return;
    const r = this.getUi();
    this.cursor = mention;
    this.cardFor = mention;
    r.painter.setActive(mention);
    r.hover.shown(mention);
    void r.card.open(mention.id, () => (mention.range.startContainer.isConnected ? boundsOf(rectsOf(mention.range)) : undefined), { focus });
  }

  private start(): void {
    this.on = true;
    this.mutations = watchMutations(this.deps.win.document, this.owns, (batch) => this.onMutations(batch));
    this.rescan();
  }

  private readonly owns = (node: Node | null): boolean => this.ui?.host.owns(node) ?? false;

  private getUi(): Ui {
    if (this.ui) return this.ui;
    const { win } = this.deps;
    const host = createHost(win.document, SHADOW_CSS);
    const painter = createPainter(win, host);
    painter.setStyle(this.settings!.highlightStyle);
    const card = new HoverCard({
      win,
      host,
      t: this.deps.t,
      lang: this.deps.lang,
      settings: () => this.settings!,
      load: this.deps.loadCard,
      compare: this.deps.compare,
      onClose: () => {
        this.cardFor = undefined;
        painter.setActive(undefined);
      },
    });
    const hover = watchHover({
      win,
      card,
      mentionAt: (x, y) => mentionAt(win.document, x, y, this.index, this.isMarked, [...this.shadowRoots]),
      dwellMs: () => this.settings!.cardDelayMs,
      open: (m, how) => this.openCard(m, how.focus),
      setActive: (m) => painter.setActive(m),
    });
    return (this.ui = { host, painter, card, hover });
  }

  private stop(): void {
    const ui = this.ui;
    this.on = false;
    this.reset();
    this.mutations?.stop();
    this.mutations = undefined;
    this.ui = undefined;
    if (ui) {
      ui.hover.stop();
      ui.card.destroy();
      ui.painter.clear();
      ui.host.remove();
    }
    this.reporter.schedule(() => []);
  }

  private reset(): void {
    this.generation++;
    this.marked = undefined;
    this.mentions = [];
    this.index.clear();
    this.queue = [];
    this.cursor = undefined;
    this.ui?.painter.repaint([]);
  }

  private rescan(): void {
    this.reset();
    const doc = this.deps.win.document;
    this.scheduleReport();
    // A page in design mode is all editable: nothing to mark.
    if (doc.designMode === 'on') return;
    // The walk asks the prefilter block by block, in slices (pages that name nothing never get here:
    // the scout keeps them from starting a session).
    this.enqueue([doc.body ?? doc.documentElement]);
  }

  /** Starts afresh when the page's address changed (a single-page app's own navigation); says whether it did. */
  private checkNavigation(): boolean {
    const href = withoutHash(this.deps.win.location.href);
    if (href === this.href) return false;
    this.href = href;
    this.reporter.reset();
    this.ui?.card.close();
    if (this.on) this.rescan();
    return true;
  }

  private onMutations(batch: MutationBatch): void {
    if (!this.on) return;
    this.ui?.host.ensureAttached();
    // A navigation rescans the whole page: the batch's subtrees would only be read a second time, and
    // their mentions replaced under the keyboard path's cursor.
    if (this.checkNavigation()) return;
    if (batch.huge) {
      this.rescan();
      return;
    }
    if (batch.removed) this.dropDisconnected();
    if (batch.roots.length) this.enqueue(batch.roots);
  }

  private dropDisconnected(): void {
    const gone = new Set<PageMention>();
    for (const node of [...this.index.nodes()]) {
      if (!node.isConnected) for (const m of this.index.removeNode(node)) gone.add(m);
    }
    if (!gone.size) return;
    this.mentions = this.mentions.filter((m) => !gone.has(m));
    this.afterChange([...gone], []);
  }

  private enqueue(roots: readonly Node[]): void {
    for (const root of roots) if (!this.queue.includes(root)) this.queue.push(root);
    if (!this.working) void this.work(this.generation).catch(() => undefined);
  }

  /**
   * Drains the queue: each slice (SLICE_MS, started when the page is idle) walks blocks and keeps those
   * the prefilter lets through; the worker detects their mentions while the next slice walks on, and
   * results are applied in order.
   */
  private async work(generation: number): Promise<void> {
    this.working = true;
    const collectOptions = { ignore: (el: Element) => this.owns(el) };
    let blocks: Generator<TextBlock> | undefined;
    let applied: Promise<void> = Promise.resolve();
    let inFlight = 0;
    try {
      while (generation === this.generation && (blocks || this.queue.length)) {
        await new Promise<void>((resolve) => whenIdle(resolve));
        if (generation !== this.generation) break;
        const end = performance.now() + SLICE_MS;
        const batch: TextBlock[] = [];
        let chars = 0;
        while (performance.now() < end && chars < MAX_BATCH_CHARS) {
          if (!blocks) {
            const root = this.queue.shift();
            if (!root) break;
            // A restless page may already have dropped what it added.
            if (!root.isConnected) continue;
            blocks = collectBlocks(root, collectOptions);
          }
          const next = blocks.next();
          if (next.done) {
            blocks = undefined;
            continue;
          }
          if (this.deps.mayMention(next.value.text) || next.value.nodes.some((n) => this.index.has(n))) {
            batch.push(next.value);
            chars += next.value.text.length;
          }
        }
        if (!batch.length) continue;
        const request = this.deps.detect(batch.map((b) => b.text));
        inFlight++;
        applied = applied.then(async () => {
          const found = await request.catch(() => [] as const);
          inFlight--;
          if (generation === this.generation) this.addBlocks(batch, found);
        });
        // Keep a few requests ahead, not the whole page.
        if (inFlight >= MAX_IN_FLIGHT) await applied;
      }
      await applied;
    } finally {
      this.working = false;
      this.scheduleReport();
      // A rescan (new generation) may have queued work while this run wound down.
      if (this.queue.length) void this.work(this.generation).catch(() => undefined);
      else for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private addBlocks(blocks: readonly TextBlock[], found: readonly (readonly Mention[])[]): void {
    const removed: PageMention[] = [];
    let added: PageMention[] = [];
    const seen = new Set<Text>();
    // Mentions share paragraphs: ask the browser about each parent element once.
    const rendered = new Map<Element | null, boolean>();
    const isShown = (m: PageMention): boolean => {
      const parent = m.nodes[0]!.parentElement;
      let shown = rendered.get(parent);
      if (shown === undefined) rendered.set(parent, (shown = isRendered(m.nodes[0]!)));
      return shown;
    };
    blocks.forEach((block, i) => {
      // A block queued twice (two batches touched it) counts once; one the page dropped, not at all.
      if (seen.has(block.nodes[0]!) || !block.nodes.every((n) => n.isConnected)) return;
      seen.add(block.nodes[0]!);
      const before = block.nodes.flatMap((node) => (this.index.has(node) ? this.index.removeNode(node) : []));
      // Text read again keeps the mentions it still has, so their marks stay put and the keyboard path
      // keeps its place; only what changed is removed or added.
      const mentions = toPageMentions(block, found[i] ?? [])
        .filter(isShown)
        .map((m) => before.find((old) => samePlace(old, m)) ?? m);
      removed.push(...before.filter((old) => !mentions.includes(old)));
      for (const m of mentions) {
        this.index.add(m);
        const root = m.range.startContainer.getRootNode() as ShadowRoot;
        if (root.host && !this.shadowRoots.has(root)) {
          this.shadowRoots.add(root);
          this.mutations?.observe(root);
        }
      }
      added.push(...mentions.filter((m) => !before.includes(m)));
    });
    if (removed.length) {
      const gone = new Set(removed);
      this.mentions = this.mentions.filter((m) => !gone.has(m));
      // Results of an older request for the same text may be replaced within this very call.
      added = added.filter((m) => !gone.has(m));
    }
    if (added.length) {
      this.mentions.push(...added);
      this.sorted = false;
    }
    if (removed.length || added.length) this.afterChange(removed, added);
  }

  private afterChange(removed: readonly PageMention[], added: readonly PageMention[]): void {
    if (!this.on) return;
    this.marked = undefined;
    const r = added.length ? this.getUi() : this.ui;
    if (this.cursor && removed.includes(this.cursor)) this.cursor = undefined;
    if (!r) return;
    if (this.settings?.mentionScope === 'first') {
      r.painter.repaint(this.visible());
    } else {
      r.painter.remove(removed);
      const kinds = this.settings!.kinds;
      r.painter.add(added.filter((m) => kinds[m.kind]));
    }
    this.scheduleReport();
  }

  private scheduleReport(): void {
    this.reporter.schedule(() => (this.on ? countEntities(this.mentions.filter((m) => this.settings!.kinds[m.kind])) : []));
  }
}
