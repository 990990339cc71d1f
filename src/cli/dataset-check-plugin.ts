/**
 * Build step: the dataset and its publisher registry are validated before anything is bundled, and a
 * broken entry fails the build with messages naming the entry and field (a source whose host is not a
 * registered publisher's is broken too). The ids of ../shared/coverage.json are checked too when
 * that file is present (developer machines and CI; not needed to build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { entities } from '../data/index';
import { publishers } from '../data/publishers';
import { coverageIdsOf, validateDataset, validatePublishers } from '../data/validate';

export function datasetCheckPlugin(root: string): Plugin {
  return {
    name: 'ctl:dataset-check',
    buildStart() {
      const coverage = resolve(root, '../shared/coverage.json');
      const coverageIds = existsSync(coverage) ? coverageIdsOf(JSON.parse(readFileSync(coverage, 'utf8'))) : undefined;
      const problems = [...validatePublishers(publishers), ...validateDataset(entities, { coverageIds, publishers })];
      if (problems.length) {
        this.error(`the dataset has ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
      }
    },
  };
}
