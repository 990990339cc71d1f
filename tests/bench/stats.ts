/** Small statistics for benchmark samples: medians and ranges, nothing that assumes a distribution. */

/** The median (the mean of the middle two for an even count); NaN for no samples. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/** `12.3 (10.1–15.0)`, or `–` without samples. */
export function formatSummary(s: Summary, digits = 0): string {
  if (!s.n) return '–';
  return s.n === 1 ? s.median.toFixed(digits) : `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

/** Element-wise differences of two equally long series (paired samples, e.g. the same round). */
export const pairedDifferences = (a: readonly number[], b: readonly number[]): number[] =>
  a.slice(0, Math.min(a.length, b.length)).map((v, i) => v - b[i]!);
