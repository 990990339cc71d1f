/**
 * `npm run --silent dataset`: prints the whole dataset as one JSON object on stdout: `entities` (derived
 * relations included) and `publishers` (the registry every source's host belongs to). With `--summary`,
 * the README's dataset figures instead, in Markdown. Validates first; on problems prints them to stderr and exits 1, so a broken
 * dataset is never exported. Coverage ids are checked when the shared coverage.json is present
 * (../shared beside the repository) or given with --coverage=PATH. Every source's host must be a
 * registered publisher (data/publishers.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDerived } from '../data/derived';
import { entities } from '../data/index';
import { publisherOf, publishers } from '../data/publishers';
import { summarize, summaryMarkdown } from '../data/summary';
import { coverageIdsOf, validateDataset, validatePublishers } from '../data/validate';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function coveragePath(argv: readonly string[]): string | undefined {
  const flag = argv.find((arg) => arg.startsWith('--coverage='));
  if (flag) return resolve(flag.slice('--coverage='.length));
  const shared = resolve(repoRoot, '../shared/coverage.json');
  return existsSync(shared) ? shared : undefined;
}

function main(argv: readonly string[]): number {
  const path = coveragePath(argv);
  const coverageIds = path ? coverageIdsOf(JSON.parse(readFileSync(path, 'utf8'))) : undefined;
  const problems = [...validatePublishers(publishers), ...validateDataset(entities, { coverageIds, publishers })];
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    const entitiesWithProblems = new Set(problems.map((p) => p.slice(0, p.indexOf('.'))));
    process.stderr.write(`dataset: ${problems.length} problems in ${entitiesWithProblems.size} entities (${entities.length} entities)\n`);
    return 1;
  }
  if (argv.includes('--summary')) process.stdout.write(`${summaryMarkdown(summarize(entities, publisherOf))}\n`);
  else process.stdout.write(`${JSON.stringify({ entities: entities.map(withDerived), publishers }, null, 2)}\n`);
  process.stderr.write(`dataset: ${entities.length} entities valid${coverageIds ? `, ${coverageIds.length} coverage ids present` : ''}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
