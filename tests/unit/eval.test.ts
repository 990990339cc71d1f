/** The detector on the shared labelled dev set, and the scoring rules themselves. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_FILE, evaluateFile } from '../../src/cli/eval';
import { precision, recall, score, type EvalCase } from '../../src/cli/eval-score';
import { hasShared } from '../shared-dir';

describe('scoring', () => {
  const c: EvalCase = {
    case: 't',
    text: 'Alpha met Beta and Gamma.',
    mentions: [
      { start: 0, end: 5, id: 'city:alpha', status: 'required' },
      { start: 10, end: 14, id: 'city:beta', status: 'optional' },
      { start: 19, end: 24, id: 'city:gamma', status: 'required' },
    ],
  };
  it('counts overlaps with the same id, ignores optional-only hits, flags the rest', () => {
    const report = score([c], () => [
      { start: 0, end: 3, id: 'city:alpha', text: 'Alp' },
      { start: 10, end: 14, id: 'city:beta', text: 'Beta' },
      { start: 19, end: 24, id: 'city:delta', text: 'Gamma' },
    ]);
    expect(report.overall).toEqual({ tp: 1, fp: 1, found: 1, required: 2 });
    expect(report.misses.map((m) => m.id)).toEqual(['city:gamma']);
    expect(report.falsePositives.map((m) => m.id)).toEqual(['city:delta']);
  });
  it('sets aside entities outside the labelled vocabulary', () => {
    const report = score([c], () => [{ start: 19, end: 24, id: 'city:delta', text: 'Gamma' }], new Set(['city:alpha']));
    expect(report.overall.fp).toBe(0);
    expect(report.unlabelled).toHaveLength(1);
  });
});

describe.skipIf(!hasShared('eval/mentions-dev.jsonl', 'the detector gate on the shared dev set'))('dev set', () => {
  it('reaches precision >= 0.97 and recall >= 0.95', () => {
    const report = evaluateFile(DEFAULT_EVAL_FILE);
    expect(precision(report.overall)).toBeGreaterThanOrEqual(0.97);
    expect(recall(report.overall)).toBeGreaterThanOrEqual(0.95);
  });
});
