/**
 * Detection for a batch of page blocks. The fast path (alias matcher + cheap context rules) runs as
 * each block is added, inside the caller's time slice; sentences whose candidates need
 * part-of-speech tags are collected and tagged by the service worker in one message at the end, so
 * compromise is never part of the content script.
 */
import type { Detector } from '../detect/detector';
import type { Mention, TaggedTerm, Tagger } from '../detect/types';
import type { WireTaggedTerm } from '../shared/messages';

export type FetchTags = (sentences: readonly string[]) => Promise<readonly (readonly WireTaggedTerm[])[]>;

export class BlockDetection {
  private readonly texts: string[] = [];
  private readonly results: Mention[][] = [];
  private readonly needsTags: boolean[] = [];
  private readonly asked = new Set<string>();
  private askedNow = false;
  private readonly recording: Tagger = (sentence) => {
    this.asked.add(sentence);
    this.askedNow = true;
    return [];
  };

  constructor(private readonly detector: Detector) {}

  get size(): number {
    return this.texts.length;
  }

  /** Runs the fast path on one block now. */
  add(text: string): void {
    this.askedNow = false;
    this.results.push(this.detector.findMentions(text, undefined, this.recording));
    this.texts.push(text);
    this.needsTags.push(this.askedNow);
  }

  /** Mentions per added block, in order; blocks that needed tags are decided with the worker's. */
  async finish(fetchTags: FetchTags): Promise<Mention[][]> {
    if (!this.asked.size) return this.results;
    const sentences = [...this.asked];
    const wire = await fetchTags(sentences).catch(() => [] as const);
    const tags = new Map<string, readonly TaggedTerm[]>(
      sentences.map((s, i) => [s, (wire[i] ?? []).map((w) => ({ ...w, tags: new Set(w.tags) }))]),
    );
    const tagger: Tagger = (sentence) => tags.get(sentence) ?? [];
    return this.texts.map((text, i) => (this.needsTags[i] ? this.detector.findMentions(text, undefined, tagger) : this.results[i]!));
  }
}
