/**
 * Scoring of detected mentions against labelled passages. A prediction is correct when it overlaps
 * a labelled span (required or optional) with the same id; one that overlaps only optional spans
 * counts neither way; any other prediction is a false positive. A required span with no correct
 * prediction is a miss.
 */
import { kindOf, type EntityId, type Kind } from '../data/schema';
import type { Mention } from '../detect/types';

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly surface?: string;
  readonly status: 'required' | 'optional';
}

export interface EvalCase {
  readonly case: string;
  readonly text: string;
  readonly mentions: readonly LabelledSpan[];
  readonly negatives?: readonly { readonly start: number; readonly end: number; readonly surface?: string; readonly why?: string }[];
}

export interface Tally {
  tp: number;
  fp: number;
  /** Required spans found / all required spans. */
  found: number;
  required: number;
}

export interface Finding {
  readonly case: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

export interface EvalReport {
  readonly overall: Tally;
  readonly byKind: ReadonlyMap<Kind, Tally>;
  readonly misses: readonly Finding[];
  readonly falsePositives: readonly Finding[];
  /** Predictions of entities the labels do not cover at all: neither right nor wrong. */
  readonly unlabelled: readonly Finding[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const emptyTally = (): Tally => ({ tp: 0, fp: 0, found: 0, required: 0 });

/**
 * `labelledIds`: the entity ids the labellers annotated (coverage.json). A passage naming an entity
 * outside that list carries no label for it, so such predictions are set aside, not counted as errors.
 */
export function score(
  cases: readonly EvalCase[],
  predict: (text: string) => readonly Mention[],
  labelledIds?: ReadonlySet<string>,
): EvalReport {
  const overall = emptyTally();
  const byKind = new Map<Kind, Tally>();
  const tally = (id: string): Tally[] => {
    const kind = kindOf(id as EntityId);
    if (!byKind.has(kind)) byKind.set(kind, emptyTally());
    return [overall, byKind.get(kind)!];
  };
  const misses: Finding[] = [];
  const falsePositives: Finding[] = [];
  const unlabelled: Finding[] = [];
  for (const c of cases) {
    const predicted = predict(c.text);
    for (const p of predicted) {
      if (labelledIds && !labelledIds.has(p.id)) {
        unlabelled.push({ case: c.case, text: c.text, start: p.start, end: p.end, id: p.id });
        continue;
      }
      const same = c.mentions.filter((m) => m.id === p.id && overlaps(m, p));
      if (same.some((m) => m.status === 'required')) for (const t of tally(p.id)) t.tp++;
      else if (same.length === 0) {
        for (const t of tally(p.id)) t.fp++;
        falsePositives.push({ case: c.case, text: c.text, start: p.start, end: p.end, id: p.id });
      }
    }
    for (const m of c.mentions.filter((x) => x.status === 'required')) {
      const ts = tally(m.id);
      for (const t of ts) t.required++;
      if (predicted.some((p) => p.id === m.id && overlaps(m, p))) for (const t of ts) t.found++;
      else misses.push({ case: c.case, text: c.text, start: m.start, end: m.end, id: m.id });
    }
  }
  return { overall, byKind, misses, falsePositives, unlabelled };
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.required === 0 ? 1 : t.found / t.required);
export const f1 = (t: Tally): number => {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** Parses JSON Lines of labelled cases; throws naming the line that is not a case. */
export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const value = JSON.parse(line) as Partial<EvalCase>;
      if (typeof value.text !== 'string' || !Array.isArray(value.mentions)) throw new Error(`line ${n}: not a labelled case`);
      return value as EvalCase;
    });
}
