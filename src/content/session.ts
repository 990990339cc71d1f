/**
 * One page's session, from the scout's handover on. It owns, for each period the extension is on for
 * this site, one AbortController that everything it starts is tied to (the reading pipeline, the
 * observer's deliveries, the marks, the card, the pointer's listeners): switching the site off is one
 * abort(); switching it on builds afresh.
 *
 * The flow is one way: text -> reader -> scan -> mention store -> marks and report; pointer -> hover
 * intents -> session -> card. The session alone sets the active mark.
 */
import { kindOf, type EntityId } from '../data/schema';
import { countEntities } from '../shared/entity-counts';
import { withoutHash, type CardData } from '../shared/messages';
import { isSiteDisabled, type Settings } from '../shared/settings';
import type { Translate } from '../shared/i18n';
import { HoverCard } from './card';
import { SHADOW_CSS } from './card-css';
import { mentionAt } from './hit-test';
import { createHost, type LensHost } from './host';
import { watchHover, type HoverIntent } from './hover-intent';
import { scrollToMention, stepIndex } from './keyboard-path';
import { createMarks, type Marks } from './marks';
import type { PageMention } from './mention-ranges';
import { MentionStore, type StoreChange } from './mention-store';
import type { MutationBatch } from './mutations';
import { PageReader } from './page-reader';
import { PageScan, type CheckClaims, type Detect } from './page-scan';
import { createReporter, type FrameReport } from './reporter';
import { boundsOf, rectsOf } from './range-geometry';
import type { Handover } from './scout';

export interface SessionDeps {
  readonly win: Window;
  /** Mentions in each text, found by the worker, and the abbreviations the page has defined so far. */
  readonly detect: Detect;
  readonly loadCard: (id: EntityId) => Promise<CardData | null>;
  readonly compare: (id: EntityId) => void;
  readonly report: (report: FrameReport) => Promise<unknown>;
  /** Fact-check hints for texts and the mentions found in them (the worker judges the claims). */
  readonly checkClaims: CheckClaims;
  readonly t: Translate;
  readonly lang: string;
}

/** What we put on the page, created with the first marked mention: a page without one gets no host. */
interface Ui {
  readonly host: LensHost;
  readonly marks: Marks;
  readonly card: HoverCard;
  readonly hover: HoverIntent;
}

/** Everything that lives while the extension is on for this site. */
interface OnPeriod {
  readonly life: AbortController;
  readonly scan: PageScan;
  ui?: Ui;
}

export class PageSession {
  private settings: Settings | undefined;
  private on: OnPeriod | undefined;
  private readonly store = new MentionStore();
  /** The scout's handover, used by the first on-period; later ones read the page afresh. */
  private handover: Handover | undefined;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The keyboard path's place, and the mention whose card is open. */
  private cursor: PageMention | undefined;
  private cardFor: PageMention | undefined;
  private pointed: PageMention | undefined;
  private href: string;
  private readonly reporter;
  /** The scout's prefilter and observer outlive its handover: every on-period uses them. */
  private readonly mayMention: Handover['mayMention'];
  private readonly watcher: Handover['watcher'];

  constructor(
    private readonly deps: SessionDeps,
    handover: Handover,
  ) {
    this.handover = handover;
    this.mayMention = handover.mayMention;
    this.watcher = handover.watcher;
    for (const root of handover.shadowRoots) this.shadowRoots.add(root);
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
    handover.watcher.deliverTo(
      (batch) => this.onMutations(batch),
      (node) => this.owns(node),
    );
  }

  /** Applies preferences: on/off for this site, mark style, kinds and scope, card options. */
  apply(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    this.store.setRule({ kinds: settings.kinds, scope: settings.mentionScope });
    if (isSiteDisabled(settings, this.deps.win.location.hostname)) {
      this.stop();
      return;
    }
    if (!this.on) {
      this.start();
      return;
    }
    // Hints switched on: the page is read again to find them; switched off: they go at once.
    if (previous && !previous.factCheck && settings.factCheck) {
      this.rescan();
      return;
    }
    if (!settings.factCheck) this.store.clearClaims();
    const ui = this.on.ui;
    if (ui && previous?.highlightStyle !== settings.highlightStyle) ui.marks.setStyle(settings.highlightStyle);
    ui?.marks.sync(this.store.marked(), this.store.claimedMentions());
    // A card whose mention is no longer marked (its kind switched off) closes without waiting for the pointer.
    if (this.cardFor && !this.store.isMarked(this.cardFor)) ui?.card.close();
    this.scheduleReport();
  }

  /** Keyboard path: the next or previous marked mention, scrolled into view with its card open. */
  step(direction: 1 | -1): boolean {
    const list = this.store.marked();
    const current = this.cursor ? list.indexOf(this.cursor) : -1;
    const next = list[stepIndex(list.length, current, direction)];
    return next ? this.reveal(next) : false;
  }

  /** Scrolls to the first mention of `id`, or to where the page states `claim`, and opens its card (the popup). */
  revealEntity(id: EntityId, claim?: { readonly field: string; readonly page: string }): boolean {
    const hint = claim && this.store.claimsFor(id).find((c) => c.note.field === claim.field && c.note.page === claim.page);
    const first = hint?.mention ?? this.store.firstOf(id);
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
    const ui = this.uiOf(this.on);
    this.cursor = mention;
    this.cardFor = mention;
    ui.hover.cardShows(mention);
    this.showActive();
    void ui.card.open(mention.id, () => (mention.range.startContainer.isConnected ? boundsOf(rectsOf(mention.range)) : undefined), {
      focus,
    });
  }

  /** The one place the active mark is set: the mention under the pointer, else the open card's. */
  private showActive(): void {
    this.on?.ui?.marks.setActive(this.pointed ?? this.cardFor);
  }

  private start(): void {
    const life = new AbortController();
    const handover = this.handover;
    this.handover = undefined;
    const doc = this.deps.win.document;
    const reader = handover?.reader ?? new PageReader(doc, this.mayMention, { candidate: () => undefined, shadowRoot: () => undefined });
    const scan = new PageScan({
      reader,
      mayMention: this.mayMention,
      store: this.store,
      detect: this.deps.detect,
      checkClaims: () => (this.settings?.factCheck ? this.deps.checkClaims : undefined),
      isOurs: (el) => this.owns(el),
      changed: (change) => this.afterChange(change),
      claimsChanged: () => this.afterClaims(),
      settled: () => this.scheduleReport(),
      signal: life.signal,
    });
    reader.listen({ candidate: (root) => scan.walk([root]), shadowRoot: (root) => this.watchShadowRoot(root) });
    this.on = { life, scan };
    this.watcher.resume();
    this.scheduleReport();
    // A page in design mode is all editable: nothing to mark.
    if (doc.designMode === 'on') return;
    if (handover) scan.walk(handover.candidates);
    else scan.read(doc.body ?? doc.documentElement);
  }

  private stop(): void {
    const period = this.on;
    if (period) {
      this.on = undefined;
      period.life.abort();
      period.ui?.host.remove();
    }
    // Also on a site off from the start: the scout's observer would follow every change for nothing.
    this.watcher.pause();
    this.resetMentions();
    this.reporter.schedule(() => ({ entities: [], contradictions: [] }));
  }

  private resetMentions(): void {
    this.store.clear();
    this.cursor = this.cardFor = this.pointed = undefined;
  }

  private readonly owns = (node: Node | null): boolean => this.on?.ui?.host.owns(node) ?? false;

  private watchShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.watcher.observe(root);
  }

  private uiOf(period: OnPeriod): Ui {
    if (period.ui) return period.ui;
    const { win } = this.deps;
    const { signal } = period.life;
    const host = createHost(win.document, SHADOW_CSS);
    const marks = createMarks(win, host, signal);
    marks.setStyle(this.settings!.highlightStyle);
    const card = new HoverCard({
      win,
      signal,
      host,
      t: this.deps.t,
      lang: this.deps.lang,
      settings: () => this.settings!,
      load: this.deps.loadCard,
      claimsFor: (id) => this.store.claimsFor(id).map((c) => c.note),
      compare: this.deps.compare,
      onClose: () => {
        this.cardFor = undefined;
        period.ui?.hover.cardShows(undefined);
        this.showActive();
      },
    });
    const hover = watchHover({
      win,
      signal,
      mentionAt: (x, y) => mentionAt(win.document, x, y, this.store, [...this.shadowRoots]),
      dwellMs: () => this.settings!.cardDelayMs,
      onCard: (event) => event.composedPath().includes(card.element),
      cardOpen: () => card.isOpen(),
      intents: {
        point: (mention) => {
          this.pointed = mention;
          this.showActive();
        },
        open: (mention) => this.openCard(mention, false),
        close: () => card.close(),
      },
    });
    period.ui = { host, marks, card, hover };
    return period.ui;
  }

  /** Starts afresh when the page's address changed (a single-page app's own navigation); says whether it did. */
  private checkNavigation(): boolean {
    const href = withoutHash(this.deps.win.location.href);
    if (href === this.href) return false;
    this.href = href;
    this.reporter.reset();
    if (this.on) this.rescan();
    return true;
  }

  /** Reads the whole page again, from nothing: a navigation, or a change too big to follow piecemeal. */
  private rescan(): void {
    const period = this.on;
    if (!period) return;
    period.ui?.card.close();
    const removed = this.store.all();
    this.resetMentions();
    period.ui?.marks.sync([]);
    this.afterChange({ added: [], removed });
    const doc = this.deps.win.document;
    period.scan.read(doc.body ?? doc.documentElement);
  }

  private onMutations(batch: MutationBatch): void {
    const period = this.on;
    if (!period) return;
    period.ui?.host.ensureAttached();
    // A navigation reads the whole page again: the batch's subtrees would only be read a second time.
    if (this.checkNavigation()) return;
    if (batch.huge) {
      this.rescan();
      return;
    }
    if (batch.removed) {
      const removed = this.store.dropDisconnected();
      if (removed.length) {
        this.afterChange({ added: [], removed });
        // The popup and the badge stop counting them: a removal alone starts no reading, whose end would report.
        this.scheduleReport();
      }
    }
    // Changed blocks are walked block by block: one that held a mention is read even if it no longer passes.
    if (batch.roots.length) period.scan.walk(batch.roots);
  }

  private afterChange(change: StoreChange): void {
    const period = this.on;
    if (!period) return;
    if (this.cursor && change.removed.includes(this.cursor)) this.cursor = undefined;
    if (this.cardFor && change.removed.includes(this.cardFor)) period.ui?.card.close();
    for (const m of change.added) {
      const root = m.range.startContainer.getRootNode();
      if ((root as ShadowRoot).host) this.watchShadowRoot(root as ShadowRoot);
    }
    const marked = this.store.marked();
    const ui = marked.length ? this.uiOf(period) : period.ui;
    ui?.marks.sync(marked, this.store.claimedMentions());
  }

  /** Fact-check hints arrived: the marks that carry one change style, and the report lists them. */
  private afterClaims(): void {
    this.on?.ui?.marks.sync(this.store.marked(), this.store.claimedMentions());
    this.scheduleReport();
  }

  /** The worker's badge and the popup count every mention of the kinds switched on, and list the hints. */
  private scheduleReport(): void {
    this.reporter.schedule((): FrameReport => {
      if (!this.on) return { entities: [], contradictions: [] };
      const kinds = this.settings!.kinds;
      return {
        entities: countEntities(this.store.all().filter((m) => kinds[m.kind])),
        contradictions: this.store
          .allClaims()
          .filter((c) => kinds[kindOf(c.note.id)])
          .map(({ note }) => ({ id: note.id, field: note.field, page: note.page, data: note.data })),
      };
    });
  }
}
