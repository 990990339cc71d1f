/** Cheap views of the text around a candidate: its sentence, its neighbourhood, the words beside it. */

const SENTENCE_END = /[.!?\u3002\uff01\uff1f]["\u201d\u2019')\]]*\s|\n/g;
const MAX_REACH = 400;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The sentence holding [start, end): from after the previous sentence end to after the next one. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const from = Math.max(0, start - MAX_REACH);
  let sStart = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < start; m = SENTENCE_END.exec(text)) {
    sStart = m.index + m[0].length;
  }
  if (sStart > start) sStart = from;
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  const sEnd = next && next.index < end + MAX_REACH ? next.index + 1 : Math.min(text.length, end + MAX_REACH);
  return { start: sStart, end: sEnd };
}

/** Up to `reach` characters either side, not crossing a blank line (another paragraph, another topic). */
export function neighbourhood(text: string, start: number, end: number, reach = 250): Span {
  const lo = Math.max(0, start - reach);
  const hi = Math.min(text.length, end + reach);
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return { start: Math.max(before, lo), end: after !== -1 ? Math.min(after, hi) : hi };
}

const PREV_WORD = /([\p{L}\p{N}][\p{L}\p{N}.&]*)[ \u00a0]+$/u;
const NEXT_WORD = /^[ \u00a0]+([\p{L}\p{N}][\p{L}\p{N}]*)/u;

/** The word right before `start` when only spaces separate them (no punctuation, no line break). */
export function wordBefore(text: string, start: number): string | undefined {
  return PREV_WORD.exec(text.slice(Math.max(0, start - 40), start))?.[1];
}

/** The word right after `end` when only spaces separate them. */
export function wordAfter(text: string, end: number): string | undefined {
  return NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
}

/** The last colon, semicolon or dash (with its spaces) of a stretch of text. */
const LAST_CLAUSE_BREAK = /[:;\u2014\u2013]\s+(?!.*[:;\u2014\u2013]\s)/s;

/**
 * Where the clause holding `start` opens after a colon, semicolon or dash, or `from`. The tagger
 * reads "blunt: Honor your elders" as a noun phrase; the clause alone it reads as an imperative.
 */
export function clauseStart(text: string, from: number, start: number): number {
  const m = LAST_CLAUSE_BREAK.exec(text.slice(from, start));
  return m ? from + m.index + m[0].length : from;
}

/**
 * What the tagger reads for a candidate: its sentence, cut to about `reach` characters either side
 * at word boundaries. Tags of a word depend on its neighbours, not on the far end of a long sentence,
 * and compromise's cost grows with the text it is given.
 */
export function taggingWindow(text: string, start: number, end: number, reach = 40): Span {
  const s = sentenceAround(text, start, end);
  let lo = Math.max(s.start, start - reach, clauseStart(text, s.start, start));
  if (lo > s.start) {
    const space = text.indexOf(' ', lo);
    lo = space !== -1 && space < start ? space + 1 : start;
  }
  let hi = Math.min(s.end, end + reach);
  if (hi < s.end) {
    const space = text.lastIndexOf(' ', hi);
    hi = Math.max(space, end);
  }
  return { start: lo, end: hi };
}
