/** The claim set, its scoring, the scan --claims command, and the seed article. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/claims/index';
import { entities } from '../../src/data/index';
import type { Entity, Policy } from '../../src/data/schema';
import { parseClaimCases, scoreClaims, type ClaimCase } from '../../src/cli/eval-claims';
import { DEFAULT_CLAIMS_FILE, evaluateClaims } from '../../src/cli/eval';
import { SRC } from './claims-fixtures';

const root = path.resolve(__dirname, '../..');
const SEED = path.resolve(root, '../shared/seed/000_f32471e7a908b7fb.txt');

describe('claim scoring', () => {
  const c: ClaimCase = {
    case: 't',
    source: 'https://example.org/a',
    text: 'Alpha was founded in 1999. Beta was founded in 2001.',
    claims: [
      { start: 21, end: 25, id: 'company:alpha', field: 'founded', verdict: 'contradicts' },
      { start: 47, end: 51, id: 'company:beta', field: 'founded', verdict: 'agrees' },
    ],
  };
  it('counts a contradiction on an agreeing or unlabelled claim against precision, a missed one against recall', () => {
    const r = scoreClaims([c], () => [
      {
        start: 21,
        end: 25,
        id: 'company:alpha',
        field: 'founded',
        page: { precision: 'year', year: 1999 },
        verdict: 'contradicts',
        data: '1998',
        source: SRC,
      },
      {
        start: 47,
        end: 51,
        id: 'company:beta',
        field: 'founded',
        page: { precision: 'year', year: 2001 },
        verdict: 'contradicts',
        data: '2000',
        source: SRC,
      },
      { start: 0, end: 5, id: 'company:gamma', field: 'founded', page: { precision: 'year', year: 1 }, verdict: 'unknown' },
    ]);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(1);
    expect(r.confusion.agrees.contradicts).toBe(1);
    expect(r.confusion.none.unknown).toBe(1);
  });
  it('rejects a line that is not a labelled case', () => {
    expect(() => parseClaimCases('{"case":"x","text":"a"}')).toThrow(/line 1/);
  });
});

describe('the labelled claim set', () => {
  const cases = parseClaimCases(readFileSync(DEFAULT_CLAIMS_FILE, 'utf8'));
  it('has at least 80 sentences, each from an article, about half agreeing, with contradictions, disputes and no-claim sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.every((x) => /^https?:\/\//.test(x.source))).toBe(true);
    const verdicts = cases.flatMap((x) => x.claims.map((l) => l.verdict));
    const share = (v: string) => verdicts.filter((x) => x === v).length / verdicts.length;
    expect(share('agrees')).toBeGreaterThan(0.4);
    expect(share('contradicts')).toBeGreaterThan(0.2);
    expect(verdicts).toContain('disputed');
    expect(cases.filter((x) => x.claims.length === 0).length).toBeGreaterThanOrEqual(10);
  });
  it('reaches precision >= 0.95 of contradicts at recall >= 0.6', { timeout: 120_000 }, () => {
    const r = evaluateClaims();
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe('scan --claims', { timeout: 60_000 }, () => {
  it('prints judged claims of a file as a JSON array sorted by start', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', '--claims', '-'], {
      cwd: root,
      input: 'Jack Ma founded Alibaba in 2001. The 13th Five-Year Plan (2016-2020) followed.',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => [x.id, x.field, x.page, x.verdict])).toEqual([
      ['company:alibaba', 'founders', 'Jack Ma', 'agrees'],
      ['company:alibaba', 'founded', '2001', 'contradicts'],
      ['policy:13th-five-year-plan', 'period', '2016–2020', 'agrees'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['start', 'end', 'id', 'field', 'page', 'data', 'verdict', 'source']);
  });
});

/** The real data with the designations the seed article is checked against, whatever the branch's data holds. */
function withSeedDesignations(): Entity[] {
  const add =
    (id: string, designations: Policy['designations']): ((e: Entity) => Entity) =>
    (e) =>
      e.id === id && e.kind === 'policy' ? { ...e, designations } : e;
  return entities
    .map(
      add('policy:cross-border-ecommerce-zones', [
        { place: 'city:hangzhou', value: 2015, source: SRC, note: 'March 2015; the first zone' },
      ]),
    )
    .map(add('policy:special-economic-zones', [{ place: 'city:shenzhen', value: 1980, source: SRC, note: 'August 1980; the first' }]));
}

describe.runIf(existsSync(SEED))('the seed article (skipped when ../shared/seed is not beside the checkout)', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  it("contradicts the pilot-city date, and not Shenzhen's SEZ year nor the 13th Five-Year Plan", { timeout: 60_000 }, () => {
    const claims = checkClaims(text, undefined, { entities: withSeedDesignations() });
    const pilot = claims.find((c) => c.id === 'policy:cross-border-ecommerce-zones');
    expect(pilot).toMatchObject({ field: 'designation', verdict: 'contradicts', data: 'March 2015' });
    expect(text.slice(pilot!.start, pilot!.end)).toBe('April 2016');
    expect(claims.filter((c) => c.verdict === 'contradicts')).toHaveLength(1);
    expect(claims.find((c) => c.id === 'policy:special-economic-zones')).toMatchObject({ verdict: 'agrees' });
  });
  it('with the real data: contradicts the pilot-city date once the policy records designations', () => {
    const real = checkClaims(text);
    expect(real.filter((c) => c.verdict === 'contradicts').every((c) => c.id === 'policy:cross-border-ecommerce-zones')).toBe(true);
    const policy = entities.find((e) => e.id === 'policy:cross-border-ecommerce-zones') as Policy;
    if (policy.designations?.some((d) => d.place === 'city:hangzhou')) {
      expect(real.find((c) => c.id === policy.id)).toMatchObject({ verdict: 'contradicts' });
    }
  });
});
