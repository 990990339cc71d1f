/**
 * The page's state in its URL, so a comparison can be bookmarked or opened from a card:
 * `?compare=city:shenzhen,city:beijing&tab=12`. Parsing is pure; unknown ids are reported, not fatal.
 */
import { kindOf, type EntityId } from '../data/schema';

export const MAX_COMPARED = 4;

export interface UrlState {
  /** Valid ids of one kind (the first valid id's kind), at most MAX_COMPARED, no repeats. */
  readonly compare: readonly EntityId[];
  /** Ids from the URL that were dropped: unknown, another kind, repeated or over the limit. */
  readonly ignored: readonly string[];
  /** The tab whose mentions to show, when given. */
  readonly tabId?: number;
  /** Opened as a full tab rather than as the toolbar popup. */
  readonly full: boolean;
}

export function parseUrlState(search: string, exists: (id: string) => boolean): UrlState {
  const params = new URLSearchParams(search);
  const raw = (params.get('compare') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const compare: EntityId[] = [];
  const ignored: string[] = [];
  for (const id of raw) {
    const fits =
      exists(id) &&
      !compare.includes(id as EntityId) &&
      compare.length < MAX_COMPARED &&
      (compare.length === 0 || kindOf(compare[0]!) === kindOf(id as EntityId));
    if (fits) compare.push(id as EntityId);
    else ignored.push(id);
  }
  const tab = Number(params.get('tab'));
  const tabId = params.has('tab') && Number.isInteger(tab) && tab >= 0 ? tab : undefined;
  const full = params.has('full') || params.has('tab') || params.has('compare');
  return { compare, ignored, tabId, full };
}

/** The query string for a state; keeps ids readable (no %3A for ":"). */
export function serializeUrlState(state: { compare: readonly EntityId[]; tabId?: number; full: boolean }): string {
  const parts: string[] = [];
  if (state.compare.length) parts.push(`compare=${state.compare.map(encodeURIComponent).join(',').replaceAll('%3A', ':')}`);
  if (state.tabId !== undefined) parts.push(`tab=${state.tabId}`);
  if (state.full && state.tabId === undefined && !state.compare.length) parts.push('full=1');
  return parts.length ? `?${parts.join('&')}` : '';
}
