/**
 * The page's detection split: the prefilter on the page admits every text the matcher has candidates
 * in, and the worker answers the texts that pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTexts } from '../../src/background/page-detection';
import { detectEntities } from '../../src/cli/detect-entities-plugin';
import { createPrefilter } from '../../src/detect/prefilter';
import { prefilterWords } from '../../src/detect/prefilter-words';
import { backgroundMessages, MAX_TEXT_LENGTH, readRequest } from '../../src/shared/messages';
import { datasetDetector } from '../../src/detect/dataset-detector';
import { findMentions } from '../../src/detect/index';
import { articleText } from '../bench/detect';
import { sharedPath } from '../shared-dir';

const mayMention = createPrefilter(prefilterWords(detectEntities()));

/** Every labelled passage the detector is scored on: ours, and the shared dev set where it is beside the checkout. */
function labelledPassages(): string[] {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const files = readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(fixtures, f));
  const dev = sharedPath('eval/mentions-dev.jsonl');
  if (existsSync(dev)) files.push(dev);
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}
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
  'the Internet+ plan and the AI+ action plan',
  'B站的视频',
  'R字签证',
  'Ant Group and shares of Ant',
  'BOE panels, CATLs batteries',
  'CATLS SHARES ROSE',
  'OPPO广东',
  'TCL科技',
  'The committee met on Tuesday to discuss the budget and the weather.',
];

describe('prefilter', () => {
  it('rules out text without names', () => {
    expect(mayMention('The committee met on Tuesday to discuss the budget and the weather.')).toBe(false);
    for (const paragraph of articleText(50_000, false).split('\n\n')) expect(mayMention(paragraph), paragraph).toBe(false);
  });

  it('asks for more than a word where the matcher does: a glued-on sign, the exact spelling, no plural', async () => {
    // Everyday text sharing a word with such an alias: the matcher has no candidate in it, so the
    // prefilter must let it be.
    for (const text of [
      'AI and the internet are everywhere.',
      'We need a plan B.',
      'Our R&D budget grew.',
      'ants in the garden',
      'a stone wall',
      'a legend of the west',
      'ANT farms',
      'Boe is a name too, and gree a typo.',
    ]) {
      expect(datasetDetector.candidates(text), text).toEqual([]);
      expect(mayMention(text), text).toBe(false);
    }
    for (const text of ['Internet+', 'AI+', 'B站', 'R字签证', 'Ant', 'BOE', 'Gree', 'CATLs']) expect(mayMention(text), text).toBe(true);
  });

  it('takes the first two words of a longer name only when they stand together', () => {
    expect(mayMention('Made in China 2025')).toBe(true);
    expect(mayMention('goods made—in part—abroad')).toBe(true);
    expect(mayMention('five years of planning')).toBe(true);
    expect(mayMention('They made it in time for dinner.')).toBe(false);
    expect(mayMention('The year had five seasons of rain.')).toBe(false);
    expect(mayMention('remade in a hurry')).toBe(false);
    // A second word may itself open the next pair ("new" then "data security").
    expect(mayMention('the new data security rules')).toBe(true);
  });

  it('reads block texts glued together by textContent in their parts, and keeps glued aliases whole', () => {
    expect(mayMention('Top storiesShenzhenThe city grew')).toBe(true);
    expect(mayMention('Chatbots such as DeepSeek')).toBe(true);
    expect(mayMention('Model X200Tencent')).toBe(true);
    expect(mayMention('LondonParisThe weather')).toBe(false);
  });

  it('works without the ES2025 set methods', () => {
    const methods = ['isDisjointFrom', 'intersection'] as const;
    const originals = methods.map((name) => Object.getOwnPropertyDescriptor(Set.prototype, name));
    // Older engines lack them.
    for (const name of methods) delete (Set.prototype as unknown as Record<string, unknown>)[name];
    try {
      const plain = createPrefilter(prefilterWords(detectEntities()));
      expect(plain('Shenzhen is big.')).toBe(true);
      expect(plain('Made in China 2025')).toBe(true);
      expect(plain('They made it in time for dinner.')).toBe(false);
      expect(plain('the new data security rules')).toBe(true);
    } finally {
      methods.forEach((name, i) => originals[i] && Object.defineProperty(Set.prototype, name, originals[i]));
    }
  });

  it('admits every text the matcher has candidates in', () => {
    for (const text of [...SAMPLES, ...labelledPassages(), ...articleText(50_000, true).split('\n\n')]) {
      if (datasetDetector.candidates(text).length) expect(mayMention(text), text).toBe(true);
    }
  });
});

describe('worker detection for pages', () => {
  it('answers each text with its mentions, and refuses a request that is not a list of texts or too long', () => {
    const texts = ['Tencent is based in Shenzhen.', 'Nothing here.'];
    expect(detectTexts(texts).mentions).toEqual(texts.map((t) => findMentions(t)));
    const request = (payload: unknown) => readRequest(backgroundMessages, { type: 'detect:text', payload });
    expect(request({ texts })).toEqual({ type: 'detect:text', payload: { texts } });
    expect(request({ texts: [42] })).toBeUndefined();
    expect(request({ texts: ['x'.repeat(MAX_TEXT_LENGTH + 1)] })).toBeUndefined();
    expect(request({ texts: 'not a list' })).toBeUndefined();
  });
});
