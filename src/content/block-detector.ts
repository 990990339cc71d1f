/**
 * Detection for a batch of page blocks. The fast path (alias matcher + cheap context rules) runs here;
 * sentences whose candidates need part-of-speech tags are collected in a first pass and tagged by the
 * service worker in one message, so compromise is never part of the content script.
 */
import type { Detector } from '../detect/detector';
import type { DetectOptions, Mention, TaggedTerm, Tagger } from '../detect/types';
import type { WireTaggedTerm } from '../shared/messages';

export type FetchTags = (sentences: readonly string[]) => Promise<readonly (readonly WireTaggedTerm[])[]>;

export async function detectBlocks(
  detector: Detector,
  texts: readonly string[],
  options: DetectOptions | undefined,
  fetchTags: FetchTags,
): Promise<Mention[][]> {
  const asked = new Set<string>();
  const needsTags: boolean[] = [];
  let askedNow = false;
  const recording: Tagger = (sentence) => {
    asked.add(sentence);
    askedNow = true;
    return [];
  };
  const first = texts.map((text, i) => {
    askedNow = false;
    const mentions = detector.findMentions(text, options, recording);
    needsTags[i] = askedNow;
    return mentions;
  });
  if (!asked.size) return first;

  const sentences = [...asked];
  const wire = await fetchTags(sentences).catch(() => [] as const);
  const tags = new Map<string, readonly TaggedTerm[]>(
    sentences.map((s, i) => [s, (wire[i] ?? []).map((w) => ({ ...w, tags: new Set(w.tags) }))]),
  );
  const tagger: Tagger = (sentence) => tags.get(sentence) ?? [];
  return texts.map((text, i) => (needsTags[i] ? detector.findMentions(text, options, tagger) : first[i]!));
}
