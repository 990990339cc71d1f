/**
 * The texts of the last few detection requests, with what was found in them, so the page can ask for
 * their fact-check hints by reference rather than send a megabyte of text a second time. Bounded, and
 * kept per frame: a frame can only name its own batches. A worker that restarted has none, and the page
 * then sends the texts again.
 */
import type { Mention } from '../detect/types';

/** Batches kept across every tab: enough for the requests a page keeps in flight, a few times over. */
export const KEPT_BATCHES = 16;

interface Batch {
  readonly owner: string;
  readonly texts: readonly string[];
  readonly mentions: readonly (readonly Mention[])[];
}

export interface RecentTexts {
  /** Keeps a request's texts and mentions; returns the number the page refers to them by. */
  remember(owner: string, texts: readonly string[], mentions: readonly (readonly Mention[])[]): number;
  /** The texts and mentions at `indices` of batch `id`, or undefined when this owner has no such batch now. */
  recall(owner: string, id: number, indices: readonly number[]): Omit<Batch, 'owner'> | undefined;
}

export function createRecentTexts(limit = KEPT_BATCHES): RecentTexts {
  const batches = new Map<number, Batch>();
  let next = 1;
  return {
    remember(owner, texts, mentions) {
      const id = next++;
      batches.set(id, { owner, texts, mentions });
      // A Map iterates in insertion order: the first key is the oldest batch.
      while (batches.size > limit) batches.delete(batches.keys().next().value!);
      return id;
    },
    recall(owner, id, indices) {
      const batch = batches.get(id);
      if (!batch || batch.owner !== owner || indices.some((i) => i < 0 || i >= batch.texts.length)) return undefined;
      return { texts: indices.map((i) => batch.texts[i]!), mentions: indices.map((i) => batch.mentions[i]!) };
    },
  };
}
