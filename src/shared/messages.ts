/**
 * Every message that crosses a context boundary (content script <-> service worker <-> popup),
 * as one typed map so a sender and its handler cannot disagree on a payload's shape.
 */
import type { WithDerived } from '../data/derived';
import type { Entity, EntityId, Kind } from '../data/schema';
import type { Mention } from '../detect/types';

export interface EntityCount {
  readonly id: EntityId;
  readonly count: number;
}

export interface TabMentions {
  /**
   * The page's address; absent where the browser does not show it to the extension (Chrome, on a page
   * that names nothing, until the user opens the popup there).
   */
  readonly url?: string;
  /** Entities found in the tab (all its frames), most mentioned first. */
  readonly entities: readonly EntityCount[];
}

/** Requests handled by the service worker: name -> payload and reply. */
export interface BackgroundRequests {
  ping: { payload: Record<string, never>; reply: { readonly version: string } };
  /**
   * Content script -> worker: what this frame mentions now (replaces the frame's earlier report), the
   * page it shows (without the fragment: after a single-page app's own navigation the sender's URL may
   * still be the one the document was loaded with), and when its document started.
   */
  'mentions:report': { payload: PageIdentity & { readonly entities: readonly EntityCount[] }; reply: null };
  /** Popup -> worker: the merged mentions of the page a tab shows, or null when the page cannot be read. */
  'mentions:get': { payload: { readonly tabId: number }; reply: TabMentions | null };
  /** Content script -> worker: what a hover card shows (the content script does not bundle the dataset). */
  'entity:get': { payload: { readonly id: EntityId }; reply: CardData | null };
  /**
   * Content script -> worker: mentions in page blocks that passed the page's word prefilter. Detection
   * (alias matcher, context rules, compromise where context decides) runs in the worker, off the
   * page's main thread, so the content script carries none of it.
   */
  'detect:text': { payload: { readonly texts: readonly string[] }; reply: readonly (readonly Mention[])[] };
  /** Content script -> worker: open the comparison view in a tab with these entities selected. */
  'compare:open': { payload: { readonly ids: readonly EntityId[] }; reply: null };
}

/** How the card names an entity it links to (related entities, a zone's city, a company's HQ). */
export interface EntityLabel {
  readonly id: EntityId;
  readonly kind: Kind;
  readonly name: string;
  readonly zh?: string;
}

/** One entity for the card, with derived relations and labels for every id it refers to. */
export interface CardData {
  readonly entity: WithDerived<Entity>;
  readonly labels: Readonly<Record<string, EntityLabel>>;
  /** The publisher's name for each source address the entity cites, shown as the link's text. */
  readonly publishers: Readonly<Record<string, string>>;
}

/**
 * The document a frame shows: its page without the fragment, and when the document started
 * (`performance.timeOrigin`, ms since the epoch): a reload or a new page is a new document even at the
 * same address.
 */
export interface PageIdentity {
  readonly url: string;
  readonly startedAt: number;
}

/** A page's address as PageIdentity keeps it: without the fragment, which names a place in the same page. */
export const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/** Requests a content script handles (sent with tabs.sendMessage by the worker or the popup). */
export interface ContentRequests {
  /**
   * Worker -> one frame: the document it shows now (without the fragment). Only frames whose session
   * has started listen: a frame that names nothing never touches the extension API, so on a web page
   * no answer means nothing there may name an entity (or the page was open before the extension).
   */
  'content:hello': { payload: Record<string, never>; reply: PageIdentity };
  /** Popup -> tab: scroll to this entity's first mention and open its card. */
  'content:reveal': { payload: { readonly id: EntityId }; reply: boolean };
  /** Worker (keyboard command) -> tab: move to the next or previous mention and open its card. */
  'content:step': { payload: { readonly direction: 1 | -1 }; reply: boolean };
}
export type ContentRequestType = keyof ContentRequests;
export type BackgroundRequestType = keyof BackgroundRequests;

export interface Envelope<T extends string = string, P = unknown> {
  readonly type: T;
  readonly payload: P;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}
