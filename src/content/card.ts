/**
 * The hover card: one role="tooltip" element in our shadow root. It loads an entity's data from the
 * service worker (cached per page), renders it, keeps itself next to its mention inside the viewport,
 * and gives focus back when a keyboard-opened card closes.
 */
import type { EntityId } from '../data/schema';
import type { CardData, ClaimNote } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Translate } from '../shared/i18n';
import { placeCard, type Box } from './card-position';
import { renderCard, renderNotice, type CardActions } from './card-view';
import type { LensHost } from './host';
import { listenUntil } from './listen-until';

export interface CardDeps {
  readonly win: Window;
  /** Ends the card: it closes, and every listener and timer it added goes. */
  readonly signal: AbortSignal;
  readonly host: LensHost;
  readonly t: Translate;
  readonly lang: string;
  readonly settings: () => Settings;
  readonly load: (id: EntityId) => Promise<CardData | null>;
  /** The fact-check hints this page has for an entity (none while hints are off). */
  readonly claimsFor: (id: EntityId) => readonly ClaimNote[];
  readonly compare: (id: EntityId) => void;
  /** Called after the card closed (by Esc, its button, or the pointer leaving). */
  readonly onClose?: () => void;
}

/** Dwell on a related link before the card switches to it. */
export const RELATED_PREVIEW_MS = 400;

export interface OpenOptions {
  /** Move focus into the card (opened from the keyboard): Tab then reaches its links. */
  readonly focus?: boolean;
}

export class HoverCard {
  readonly element: HTMLElement;
  private readonly cache = new Map<EntityId, Promise<CardData | null>>();
  private anchor: () => Box | undefined = () => undefined;
  /** The entity the card opened on, then the one shown (differs after following a related link). */
  private rootId: EntityId | undefined;
  private shownId: EntityId | undefined;
  private returnFocus: HTMLElement | undefined;
  private frame = 0;
  /** The pending switch to a related entity; cancelled when the pointer leaves its chip or the card closes. */
  private preview = 0;
  private readonly actions: CardActions;

  constructor(private readonly deps: CardDeps) {
    const doc = deps.win.document;
    this.element = doc.createElement('div');
    this.element.setAttribute('role', 'tooltip');
    this.element.id = 'ctl-card';
    this.element.tabIndex = -1;
    this.element.hidden = true;
    deps.host.shadow.append(this.element);
    this.actions = {
      show: (id) => void this.render(id),
      preview: (id) => {
        this.cancelPreview();
        this.preview = deps.win.setTimeout(() => {
          this.preview = 0;
          if (this.isOpen()) void this.render(id);
        }, RELATED_PREVIEW_MS);
      },
      cancelPreview: () => this.cancelPreview(),
      back: () => this.rootId && void this.render(this.rootId),
      compare: (id) => deps.compare(id),
      close: () => this.close(),
    };
    const reposition = () => {
      if (!this.isOpen() || this.frame) return;
      this.frame = deps.win.requestAnimationFrame(() => {
        this.frame = 0;
        this.place();
      });
    };
    const { signal } = deps;
    listenUntil(deps.win, 'scroll', reposition, signal, { passive: true, capture: true });
    listenUntil(deps.win, 'resize', reposition, signal, { passive: true });
    signal.addEventListener(
      'abort',
      () => {
        this.close();
        deps.win.cancelAnimationFrame(this.frame);
      },
      { once: true },
    );
  }

  private cancelPreview(): void {
    this.deps.win.clearTimeout(this.preview);
    this.preview = 0;
  }

  isOpen(): boolean {
    return !this.element.hidden;
  }

  async open(id: EntityId, anchor: () => Box | undefined, options: OpenOptions = {}): Promise<void> {
    this.anchor = anchor;
    this.rootId = id;
    if (options.focus) {
      const active = this.deps.win.document.activeElement as HTMLElement | null;
      this.returnFocus = active && typeof active.focus === 'function' && !this.deps.host.owns(active) ? active : undefined;
    }
    await this.render(id);
    if (options.focus && this.shownId === id) this.element.focus({ preventScroll: true });
  }

  close(): void {
    this.cancelPreview();
    if (!this.isOpen()) return;
    const hadFocus = this.deps.host.shadow.activeElement !== null;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.rootId = this.shownId = undefined;
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = undefined;
    this.deps.onClose?.();
  }

  private data(id: EntityId): Promise<CardData | null> {
    let pending = this.cache.get(id);
    if (!pending) {
      pending = this.deps.load(id).catch(() => null);
      this.cache.set(id, pending);
    }
    return pending;
  }

  private async render(id: EntityId): Promise<void> {
    const { t, settings, lang, win } = this.deps;
    if (this.deps.signal.aborted) return;
    this.cancelPreview();
    this.shownId = id;
    this.deps.host.ensureAttached();
    const s = settings();
    this.element.className = `card theme-${s.theme}`;
    this.element.lang = lang;
    this.element.hidden = false;
    const cached = this.data(id);
    const data = await Promise.race([cached, new Promise<'slow'>((r) => win.setTimeout(() => r('slow'), 50))]);
    if (data === 'slow') {
      this.element.replaceChildren(renderNotice(win.document, t('cardLoading'), this.actions, t));
      this.place();
    }
    const loaded = await cached;
    if (this.shownId !== id || this.element.hidden) return;
    if (!loaded) {
      this.element.replaceChildren(renderNotice(win.document, t('cardUnavailable'), this.actions, t));
    } else {
      this.element.setAttribute('aria-label', t('cardLabel', loaded.entity.name));
      this.element.replaceChildren(
        renderCard(
          win.document,
          loaded,
          { detail: s.cardDetail, nameDisplay: s.nameDisplay, lang, t, nested: id !== this.rootId, claims: this.deps.claimsFor(id) },
          this.actions,
        ),
      );
    }
    this.place();
  }

  private place(): void {
    const anchor = this.anchor();
    if (!anchor) return;
    const { win } = this.deps;
    const viewport = { width: win.document.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    // 100vw counts a classic scrollbar (Firefox on Linux draws one; headless Chromium overlays it), so the
    // card's size cap comes from the viewport the reader sees.
    this.element.style.setProperty('--ctl-vw', `${viewport.width}px`);
    const rect = this.element.getBoundingClientRect();
    const { left, top } = placeCard(anchor, { width: rect.width, height: rect.height }, viewport);
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }
}
