/**
 * Build step: the dataset is validated before anything is bundled, and a broken entry fails the build
 * with messages naming the entry and field. The ids of ../shared/coverage.json are checked too when
 * that file is present (developer machines and CI; not needed to build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { entities } from '../data/index';
import { coverageIdsOf, validateDataset } from '../data/validate';

export function datasetCheckPlugin(root: string): Plugin {
  return {
    name: 'ctl:dataset-check',
    buildStart() {
      const coverage = resolve(root, '../shared/coverage.json');
      const coverageIds = existsSync(coverage) ? coverageIdsOf(JSON.parse(readFileSync(coverage, 'utf8'))) : undefined;
      const problems = validateDataset(entities, { coverageIds });
      if (problems.length) {
        this.error(`the dataset has ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
      }
    },
  };
}
