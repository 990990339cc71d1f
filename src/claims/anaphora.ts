/**
 * "The city", "the company", "it": which entity they refer back to. Resolved only when unambiguous:
 * exactly one entity of that kind is mentioned earlier in the same paragraph ("it" and "its" may be of
 * any kind, so they resolve once per kind and the statement's kind picks).
 * Anything else stays unresolved, and a statement about an unresolved reference is no claim.
 */
import { KINDS, kindOf, type EntityId, type Kind } from '../data/schema';
import type { Mention } from '../detect/types';

/** A mention the reader can bind claims to: a name on the page, or a resolved back-reference. */
export interface Referent {
  readonly start: number;
  readonly end: number;
  readonly id: EntityId;
  /** True for "the city", "it": a back-reference, not a name. */
  readonly anaphor: boolean;
}

const NOUN_KINDS: Readonly<Record<string, Kind>> = {
  city: 'city',
  company: 'company',
  firm: 'company',
  group: 'company',
  startup: 'company',
  'start-up': 'company',
  zone: 'zone',
  park: 'zone',
  plan: 'policy',
  policy: 'policy',
  programme: 'policy',
  program: 'policy',
  law: 'policy',
  initiative: 'policy',
  app: 'product',
  platform: 'product',
  model: 'product',
};

const ANAPHOR =
  /\b(?:[Tt]he\s+(city|company|firm|group|startup|start-up|zone|park|plan|policy|programme|program|law|initiative|app|platform|model)|(It|it|Its|its))\b(?!\s+of\b)(?![-\u2010])/g;

/**
 * Back-references in `text` within [from, to), resolved against `mentions` earlier in the paragraph
 * that starts at `paragraphStart`.
 */
export function resolveAnaphora(text: string, from: number, to: number, paragraphStart: number, mentions: readonly Mention[]): Referent[] {
  const out: Referent[] = [];
  ANAPHOR.lastIndex = from;
  for (let m = ANAPHOR.exec(text); m && m.index < to; m = ANAPHOR.exec(text)) {
    const start = m.index;
    if (mentions.some((x) => x.start <= start && start < x.end)) continue; // part of a name ("The Plan Group")
    const kind = m[1] ? NOUN_KINDS[m[1].toLowerCase()] : undefined;
    const earlier = mentions.filter((x) => x.start >= paragraphStart && x.end <= start);
    // "the city" looks for cities; "it" for every kind at once, one referent per kind that has exactly one
    // candidate, and the reader keeps only the kind its statement needs ("It was founded in 2012" wants a company).
    for (const k of kind ? [kind] : KINDS) {
      const ids = new Set(earlier.filter((x) => kindOf(x.id) === k).map((x) => x.id));
      if (ids.size === 1) out.push({ start, end: start + m[0].length, id: [...ids][0]!, anaphor: true });
    }
  }
  return out;
}
