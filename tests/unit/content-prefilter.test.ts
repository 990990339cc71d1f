/**
 * The page's detection split: the prefilter on the page admits every text the matcher has candidates
 * in, and the worker answers the texts that pass.
 */
import { describe, expect, it } from 'vitest';
import { detectTexts, MAX_TEXT_LENGTH } from '../../src/background/page-detection';
import { prefilterWords } from '../../src/cli/detect-entities-plugin';
import { createPrefilter } from '../../src/content/prefilter';
import { datasetDetector } from '../../src/detect/dataset-detector';
import { findMentions } from '../../src/detect/index';
import { articleText } from '../bench/detect';

const mayMention = createPrefilter(prefilterWords());
const SAMPLES = [
  'Shenzhen is big.',
  'Alibabas rivals and Tencent’s games',
  'Made in China 2025 was adopted in 2015.',
  'the Xi’an tech zone and Xian',
  '深圳的科技公司',
  '阿里巴巴在杭州',
  'vivo phones',
  'BYD-made cars',
  'Internet Plus',
  'The committee met on Tuesday to discuss the budget and the weather.',
];

describe('prefilter', () => {
  it('rules out text without names', () => {
    expect(mayMention('The committee met on Tuesday to discuss the budget and the weather.')).toBe(false);
    for (const paragraph of articleText(50_000, false).split('\n\n')) expect(mayMention(paragraph), paragraph).toBe(false);
  });

  it('admits every text the matcher has candidates in', () => {
    for (const text of [...SAMPLES, ...articleText(50_000, true).split('\n\n')]) {
      if (datasetDetector.candidates(text).length) expect(mayMention(text), text).toBe(true);
    }
  });
});

describe('worker detection for pages', () => {
  it('answers each text with its mentions, and ignores what is not text or too long', () => {
    const texts = ['Tencent is based in Shenzhen.', 'Nothing here.'];
    expect(detectTexts(texts)).toEqual(texts.map((t) => findMentions(t)));
    expect(detectTexts([42, 'x'.repeat(MAX_TEXT_LENGTH + 1)])).toEqual([[], []]);
    expect(detectTexts('not a list')).toEqual([]);
  });
});
