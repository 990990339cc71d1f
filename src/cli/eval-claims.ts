/**
 * Scoring of fact-check claims against a labelled set (tests/unit/fixtures/claims.jsonl). A predicted
 * claim matches a labelled one with the same entity and field whose span overlaps it. What counts most
 * is `contradicts`: precision (of all claims said to contradict, how many truly do; a false accusation
 * is the worst error) and recall (of the labelled contradictions, how many were found). Every other
 * outcome is shown in a confusion table, with "none" for a claim not labelled or a label not found.
 */
import { readFileSync } from 'node:fs';
import type { CheckedClaim, Verdict } from '../claims/types';

export interface LabelledClaim {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly field: string;
  readonly verdict: Verdict;
}

export interface ClaimCase {
  readonly case: string;
  /** The article the sentence was paraphrased from. */
  readonly source: string;
  readonly text: string;
  readonly claims: readonly LabelledClaim[];
  /** The article's value was changed to make a contradiction. */
  readonly altered?: boolean;
}

export const OUTCOMES = ['agrees', 'contradicts', 'disputed', 'unknown', 'none'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ClaimError {
  readonly case: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly field: string;
  readonly expected: Outcome;
  readonly predicted: Outcome;
}

export interface ClaimReport {
  /** confusion[expected][predicted] */
  readonly confusion: Record<Outcome, Record<Outcome, number>>;
  readonly precision: number;
  readonly recall: number;
  /** Labelled claims per expected verdict. */
  readonly labelled: Record<Verdict, number>;
  readonly errors: readonly ClaimError[];
  readonly cases: number;
}

const VERDICTS: readonly Verdict[] = ['agrees', 'contradicts', 'disputed', 'unknown'];

export function parseClaimCases(jsonl: string): ClaimCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const v = JSON.parse(line) as Partial<ClaimCase>;
      if (typeof v.case !== 'string' || typeof v.text !== 'string' || typeof v.source !== 'string' || !Array.isArray(v.claims)) {
        throw new Error(`line ${n}: not a labelled claim case`);
      }
      for (const c of v.claims) {
        if (!VERDICTS.includes(c.verdict)) throw new Error(`line ${n}: unknown verdict ${String(c.verdict)}`);
        if (!(c.start >= 0 && c.end > c.start && c.end <= v.text.length))
          throw new Error(`line ${n}: span ${c.start}-${c.end} outside the text`);
      }
      return v as ClaimCase;
    });
}

const emptyRow = (): Record<Outcome, number> => ({ agrees: 0, contradicts: 0, disputed: 0, unknown: 0, none: 0 });

export function scoreClaims(cases: readonly ClaimCase[], predict: (text: string) => readonly CheckedClaim[]): ClaimReport {
  const confusion = Object.fromEntries(OUTCOMES.map((o) => [o, emptyRow()])) as Record<Outcome, Record<Outcome, number>>;
  const labelled: Record<Verdict, number> = { agrees: 0, contradicts: 0, disputed: 0, unknown: 0 };
  const errors: ClaimError[] = [];
  for (const c of cases) {
    const predicted = predict(c.text);
    const used = new Set<number>();
    for (const label of c.claims) {
      labelled[label.verdict]++;
      const i = predicted.findIndex(
        (p, j) => !used.has(j) && p.id === label.id && p.field === label.field && p.start < label.end && label.start < p.end,
      );
      const got: Outcome = i === -1 ? 'none' : predicted[i]!.verdict;
      if (i !== -1) used.add(i);
      confusion[label.verdict][got]++;
      if (got !== label.verdict)
        errors.push({
          case: c.case,
          text: c.text,
          start: label.start,
          end: label.end,
          id: label.id,
          field: label.field,
          expected: label.verdict,
          predicted: got,
        });
    }
    predicted.forEach((p, j) => {
      if (used.has(j)) return;
      confusion.none[p.verdict]++;
      errors.push({
        case: c.case,
        text: c.text,
        start: p.start,
        end: p.end,
        id: p.id,
        field: p.field,
        expected: 'none',
        predicted: p.verdict,
      });
    });
  }
  const tp = confusion.contradicts.contradicts;
  const saidContradicts = OUTCOMES.reduce((n, o) => n + confusion[o].contradicts, 0);
  return {
    confusion,
    precision: saidContradicts === 0 ? 1 : tp / saidContradicts,
    recall: labelled.contradicts === 0 ? 1 : tp / labelled.contradicts,
    labelled,
    errors,
    cases: cases.length,
  };
}

export function evaluateClaimsFile(path: string, predict: (text: string) => readonly CheckedClaim[]): ClaimReport {
  return scoreClaims(parseClaimCases(readFileSync(path, 'utf8')), predict);
}

export function formatClaimReport(r: ClaimReport): string {
  const pct = (x: number): string => x.toFixed(3);
  const width = 12;
  const lines = [
    `contradicts  precision ${pct(r.precision)}  recall ${pct(r.recall)}   (${r.cases} cases; labelled: ${VERDICTS.map((v) => `${v} ${r.labelled[v]}`).join(', ')})`,
    '',
    `${'expected \\ got'.padEnd(16)}${OUTCOMES.map((o) => o.padStart(width)).join('')}`,
    ...OUTCOMES.map(
      (e) =>
        `${e.padEnd(16)}${OUTCOMES.map((o) => (e === 'none' && o === 'none' ? '-' : String(r.confusion[e][o])).padStart(width)).join('')}`,
    ),
    '',
    `differences (${r.errors.length}):`,
  ];
  const order = (e: ClaimError): number => (e.predicted === 'contradicts' ? 0 : e.expected === 'contradicts' ? 1 : 2);
  for (const e of [...r.errors].sort((a, b) => order(a) - order(b))) {
    const around =
      `…${e.text.slice(Math.max(0, e.start - 50), e.start)}[${e.text.slice(e.start, e.end)}]${e.text.slice(e.end, e.end + 30)}…`.replace(
        /\s+/g,
        ' ',
      );
    lines.push(`  ${e.case} ${e.id} ${e.field}: expected ${e.expected}, got ${e.predicted}  ${around}`);
  }
  return lines.join('\n');
}
