/**
 * The page's detection shortcuts lose nothing: the prefilter admits every text the matcher has
 * candidates in, and the matcher revived from its build-time JSON finds what the compiled one finds.
 */
import { describe, expect, it } from 'vitest';
import { detectEntities, prefilterWords } from '../../src/cli/detect-entities-plugin';
import { decodeWire, encodeWire } from '../../src/shared/json-wire';
import { createPrefilter } from '../../src/content/prefilter';
import { datasetDetector } from '../../src/detect/dataset-detector';
import { createDetectorWith } from '../../src/detect/detector';
import { compromiseTagger } from '../../src/detect/index';
import { compileMatcher, type Matcher } from '../../src/detect/matcher';
import { buildAliasTable } from '../../src/detect/table';
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

describe('matcher revived from JSON', () => {
  it('finds the same mentions as the matcher compiled in place', () => {
    const wire = JSON.parse(JSON.stringify(encodeWire(compileMatcher(buildAliasTable(detectEntities())))));
    const revived = decodeWire<Matcher>(wire);
    const detector = createDetectorWith(() => revived);
    for (const text of [...SAMPLES, ...articleText(20_000, true).split('\n\n')]) {
      expect(detector.findMentions(text, undefined, compromiseTagger)).toEqual(datasetDetector.findMentions(text, undefined, compromiseTagger));
    }
  });
});
