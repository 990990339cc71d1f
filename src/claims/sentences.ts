/**
 * Paragraphs and sentences of a text, as spans. Paragraphs (split at blank lines) bound anaphora: "the
 * city" looks back only inside its paragraph. Sentences bound claims: a value is never tied to an
 * entity across a sentence end.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph holding it. */
  readonly paragraph: number;
}

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'co',
  'corp',
  'inc',
  'ltd',
  'plc',
  'llc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'vs',
  'etc',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'gov',
  'dept',
]);

const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n\s*/g;
/**
 * A single line break is no sentence end: a page's text (textContent) carries the line breaks of its HTML
 * source inside paragraphs, and hard-wrapped text does the same. A blank line ends the paragraph.
 */
const CANDIDATE_END = /[.!?\u3002\uff01\uff1f]+["'\u201d\u2019)\]]*(?=\s|$)|[\u3002\uff01\uff1f]/g;

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Is the full stop ending at `end` (exclusive) part of an abbreviation, an initial or "U.S."? */
function abbreviationBefore(text: string, dot: number): boolean {
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // "U.S.", "J. Smith"
  return false;
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, index) => {
    let start = p.start;
    const push = (end: number): void => {
      const s = text.slice(start, end);
      const lead = s.length - s.trimStart().length;
      const trail = s.length - s.trimEnd().length;
      if (end - trail > start + lead) out.push({ start: start + lead, end: end - trail, paragraph: index });
      start = end;
    };
    CANDIDATE_END.lastIndex = p.start;
    for (let m = CANDIDATE_END.exec(text); m && m.index < p.end; m = CANDIDATE_END.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0] === '.' && abbreviationBefore(text, m.index)) {
        // "Co. Ltd." or "U.S." mid-sentence: a sentence goes on unless a capitalised word follows a non-abbreviation.
        continue;
      }
      push(Math.min(end, p.end));
    }
    push(p.end);
  });
  return out;
}
