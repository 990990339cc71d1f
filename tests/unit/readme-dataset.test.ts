/** The README's dataset figures are the dataset's, not numbers typed once and left to drift. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/data/index';
import { publisherOf } from '../../src/data/publishers';
import { summarize, summaryMarkdown } from '../../src/data/summary';

const README = new URL('../../README.md', import.meta.url);
const BLOCK = /<!-- dataset-summary:start -->\n([\s\S]*?)<!-- dataset-summary:end -->/;

describe('README dataset section', () => {
  it('states the figures the dataset has (refresh: npm run --silent dataset -- --summary)', () => {
    const block = BLOCK.exec(readFileSync(README, 'utf8'))?.[1];
    expect(block, 'README.md has no dataset-summary block').toBeDefined();
    expect(block!.trim()).toBe(summaryMarkdown(summarize(entities, publisherOf)));
  });

  it('counts each kind, the figures by year and the sources by publisher kind', () => {
    const summary = summarize(entities, publisherOf);
    expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(entities.length);
    const figures = [...summary.figureYears.values()].reduce((a, b) => a + b, 0);
    expect(figures).toBeGreaterThan(0);
    expect(figures).toBeLessThanOrEqual(summary.facts);
    // Every source is registered, so the publisher kinds account for all of them.
    expect(Object.values(summary.sourcesByPublisherKind).reduce((a, b) => a + b, 0)).toBe(summary.sources);
  });
});
