/**
 * Node benchmark of detection: MB/s of findMentions, of a full compromise parse, and of the bare
 * alias matcher (the floor), on ~1 MB of article-like text with mentions at news density and on a
 * mention-free variant. Prints figures only; nothing here asserts on time.
 */
import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { entities } from '../../src/data/index';
import { aliasText } from '../../src/data/schema';
import { findMentions } from '../../src/detect/index';
import { compileMatcher, findCandidates } from '../../src/detect/matcher';
import { buildAliasTable } from '../../src/detect/table';

/** Small deterministic PRNG (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES = [
  '{company} said on Tuesday that quarterly revenue rose 12% as demand for its cloud services recovered.',
  'Analysts in {city} expect {company} to announce new hiring plans before the end of the year.',
  'The {zone} area has drawn hundreds of start-ups since local officials cut rents for young firms.',
  'Under the {policy}, provincial governments must publish targets for research spending.',
  "{company}'s shares fell in Hong Kong after regulators opened an inquiry into its pricing.",
  'A {city}-based supplier said it would double output of battery cells next spring.',
  'Executives from {company} and {company} met investors at a conference in {city} last week.',
  'Officials described the {policy} as a template for how cities should court private capital.',
  'Rents in {zone} have climbed faster than anywhere else in {city}, brokers say.',
  'Honor unveiled a foldable phone on Monday, while vivo cut prices on two older models.',
  'Ant Group and Didi Chuxing both paid fines after the antitrust review ended.',
  'The {policy} names semiconductors, robotics and new materials as priorities.',
];
const FILLER = [
  'The weather stayed mild for most of the week, and traffic into the centre was lighter than usual.',
  'Several economists cautioned that the figures were preliminary and could be revised next month.',
  'Consumer spending picked up slightly, helped by holiday travel and discounts on household goods.',
  'The report, which ran to more than two hundred pages, was drafted over eighteen months.',
  'Critics argued that the plan relied too heavily on optimistic assumptions about exports.',
  'Shares in the broader market ended the session little changed after a volatile morning.',
  'Engineers spent the summer testing prototypes in laboratories and on closed test tracks.',
  'Local residents said they welcomed the new metro line but worried about construction noise.',
  'In an interview, the chief financial officer declined to give guidance for the coming year.',
  'The museum reopened to visitors after a renovation that took almost three years to finish.',
  'Farmers in the region reported a strong harvest despite a dry spell in early summer.',
  'The committee is expected to publish its recommendations before parliament breaks for recess.',
];

function namesOf(kind: string, rnd: () => number): () => string {
  const pool = entities
    .filter((e) => e.kind === kind)
    .flatMap((e) => [e.name, ...e.aliases.filter((a) => typeof a === 'string').map(aliasText)])
    .filter((n) => /^[A-Za-z]/.test(n));
  return () => pool[Math.floor(rnd() * pool.length)]!;
}

/** ~`bytes` of paragraphs; with mentions, about half the sentences name something (news density). */
export function articleText(bytes: number, withMentions: boolean, seed = 7): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const fill: Record<string, () => string> = {
    company: namesOf('company', rnd),
    city: namesOf('city', rnd),
    zone: namesOf('zone', rnd),
    policy: namesOf('policy', rnd),
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph: string[] = [];
    for (let i = 0; i < 5; i++) {
      const sentence = withMentions && rnd() < 0.5 ? pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, k: string) => fill[k]!()) : pick(FILLER);
      paragraph.push(sentence);
    }
    const p = paragraph.join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** Best of `runs` timings of `fn` on `text`, in MB/s (MB = 10^6 UTF-16 code units, ~bytes for ASCII). */
function mbPerSecond(text: string, fn: (t: string) => unknown, runs: number): number {
  fn(text.slice(0, 2000)); // warm-up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - t0);
  }
  return text.length / 1e6 / (best / 1000);
}

export interface DetectBenchRow {
  readonly corpus: string;
  readonly findMentions: number;
  readonly compromise: number;
  readonly matcher: number;
  readonly mentions: number;
}

export function runDetectBench(bytes = 1_000_000, compromiseSlice = 100_000): DetectBenchRow[] {
  const matcher = compileMatcher(buildAliasTable(entities));
  // The floor: the alias matcher alone (candidates with their table entries), no context rules.
  const bareMatcher = (t: string): number => findCandidates(t, matcher).length;
  return [true, false].map((withMentions) => {
    const text = articleText(bytes, withMentions);
    // The full parse is ~0.3 MB/s: measured on a slice and extrapolated (throughput is linear in length).
    const slice = text.slice(0, compromiseSlice);
    return {
      corpus: `${withMentions ? 'realistic' : 'mention-free'} (${(text.length / 1e6).toFixed(2)} MB)`,
      findMentions: mbPerSecond(text, (t) => findMentions(t), 5),
      compromise: mbPerSecond(slice, (t) => nlp(t).json(), 3),
      matcher: mbPerSecond(text, bareMatcher, 9),
      mentions: findMentions(text).length,
    };
  });
}

export function formatDetectBench(rows: readonly DetectBenchRow[]): string {
  const f = (x: number): string => x.toFixed(x < 10 ? 2 : 0).padStart(8);
  const lines = [
    'Detection in Node (MB/s, best of several runs; compromise timed on a 100 KB slice and extrapolated: it is linear and slow)',
    'corpus                     findMentions  compromise   matcher   vs compromise   vs floor   mentions',
  ];
  for (const r of rows) {
    lines.push(
      `${r.corpus.padEnd(26)} ${f(r.findMentions)}     ${f(r.compromise)}  ${f(r.matcher)}   ${`${(r.findMentions / r.compromise).toFixed(0)}x`.padStart(11)}   ${`${(r.matcher / r.findMentions).toFixed(2)}x slower`.padStart(12)}   ${String(r.mentions).padStart(6)}`,
    );
  }
  return lines.join('\n');
}
