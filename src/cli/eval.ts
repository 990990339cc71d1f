/**
 * `npm run eval [FILE]`: scores the detector on labelled passages (default: the shared dev set,
 * ../shared/eval/mentions-dev.jsonl beside the repository) and lists every miss and false positive.
 * `npm run eval -- --claims [FILE]`: scores the fact-check hints on labelled claim sentences (default:
 * tests/unit/fixtures/claims.jsonl).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClaims } from '../claims/index';
import { findMentions } from '../detect/index';
import { evaluateClaimsFile, formatClaimReport } from './eval-claims';
import { f1, parseCases, precision, recall, score, type EvalReport, type Finding, type Tally } from './eval-score';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_EVAL_FILE = resolve(repoRoot, '../shared/eval/mentions-dev.jsonl');
export const DEFAULT_COVERAGE_FILE = resolve(repoRoot, '../shared/coverage.json');
export const DEFAULT_CLAIMS_FILE = resolve(repoRoot, 'tests/unit/fixtures/claims.jsonl');

/** The claim set scored by the real engine; `today` fixes "the current year" of figures for repeatable figures. */
export const evaluateClaims = (path = DEFAULT_CLAIMS_FILE, today = CLAIMS_EVAL_DAY) =>
  evaluateClaimsFile(path, (text) => checkClaims(text, undefined, { today }));
/** The claim set was labelled on this day; figures without a year are judged as of then. */
export const CLAIMS_EVAL_DAY = new Date('2026-12-02T00:00:00Z');

/** Entity ids the labels cover: every "KIND:slug" key of coverage.json, or undefined when absent. */
export function readLabelledIds(path: string): Set<string> | undefined {
  if (!existsSync(path)) return undefined;
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const ids = Object.values(json).flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : []));
  return new Set(ids.filter((id) => id.includes(':')));
}

const pct = (x: number): string => x.toFixed(3);
const row = (label: string, t: Tally): string =>
  `${label.padEnd(10)} P ${pct(precision(t))}  R ${pct(recall(t))}  F1 ${pct(f1(t))}   (tp ${t.tp}, fp ${t.fp}, found ${t.found}/${t.required})`;

function context(f: Finding, reach = 50): string {
  const before = f.text.slice(Math.max(0, f.start - reach), f.start);
  const after = f.text.slice(f.end, f.end + reach);
  return `…${before}[${f.text.slice(f.start, f.end)}]${after}…`.replace(/\s+/g, ' ');
}

export function formatReport(report: EvalReport): string {
  const lines = [row('overall', report.overall)];
  for (const [kind, t] of [...report.byKind].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(kind, t));
  lines.push('', `misses (${report.misses.length}):`);
  for (const f of report.misses) lines.push(`  ${f.case} ${f.id}: ${context(f)}`);
  lines.push('', `false positives (${report.falsePositives.length}):`);
  for (const f of report.falsePositives) lines.push(`  ${f.case} ${f.id}: ${context(f)}`);
  if (report.unlabelled.length) {
    lines.push(
      '',
      `not scored: ${report.unlabelled.length} mentions of entities no label covers (not in coverage.json nor labelled in the file):`,
    );
    lines.push(`  ${[...new Set(report.unlabelled.map((f) => f.id))].sort().join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * `labelledIds`: null scores every prediction (strict). By default the labelled vocabulary is
 * coverage.json plus every id the file itself labels somewhere.
 */
export function evaluateFile(
  path: string,
  labelledIds: ReadonlySet<string> | null = readLabelledIds(DEFAULT_COVERAGE_FILE) ?? null,
): EvalReport {
  const cases = parseCases(readFileSync(path, 'utf8'));
  const vocabulary = labelledIds && new Set([...labelledIds, ...cases.flatMap((c) => c.mentions.map((m) => m.id))]);
  return score(cases, (text) => findMentions(text), vocabulary ?? undefined);
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'usage: npm run eval [-- FILE.jsonl [--strict]]\n' +
        '       npm run eval -- --claims [FILE.jsonl]   (fact-check hints; default tests/unit/fixtures/claims.jsonl)\n' +
        'Scores the detector on labelled passages (default: the shared dev set). Mentions of entities\n' +
        'outside coverage.json are not scored unless --strict is given.\n',
    );
    return 0;
  }
  if (argv.includes('--claims')) {
    const file = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_CLAIMS_FILE;
    try {
      process.stdout.write(`${formatClaimReport(evaluateClaims(file))}\n`);
    } catch (err) {
      process.stderr.write(`eval: cannot score ${file}: ${(err as Error).message}\n`);
      return 2;
    }
    return 0;
  }
  const strict = argv.includes('--strict');
  const file = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_EVAL_FILE;
  let report: EvalReport;
  try {
    report = evaluateFile(file, strict ? null : (readLabelledIds(DEFAULT_COVERAGE_FILE) ?? null));
  } catch (err) {
    process.stderr.write(`eval: cannot score ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`${formatReport(report)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
