/**
 * Every message that crosses a context boundary (content script <-> service worker <-> popup),
 * as one typed map so a sender and its handler cannot disagree on a payload's shape.
 */
import type { EntityId } from '../data/schema';

export interface EntityCount {
  readonly id: EntityId;
  readonly count: number;
}

export interface TabMentions {
  readonly url: string;
  /** Entities found in the tab (all its frames), most mentioned first. */
  readonly entities: readonly EntityCount[];
}

/** Requests handled by the service worker: name -> payload and reply. */
export interface BackgroundRequests {
  ping: { payload: Record<string, never>; reply: { readonly version: string } };
  /** Content script -> worker: what this frame mentions now (replaces the frame's earlier report). */
  'mentions:report': { payload: { readonly entities: readonly EntityCount[] }; reply: null };
  /** Popup -> worker: the merged mentions of a tab, or null when nothing has reported there. */
  'mentions:get': { payload: { readonly tabId: number }; reply: TabMentions | null };
}
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
