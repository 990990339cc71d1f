/**
 * `npm run --silent scan -- [--json | --jsonl | --claims] FILE...`: the detector (and the fact-check
 * claim reader) from the command line.
 * Exit codes: 0 fine, 1 some JSON Lines input was bad, 2 a file could not be read or bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ClaimRow } from '../claims/index';
import { getEntity, kindOf } from '../data/index';
import { findMentions, type Mention } from '../detect/index';
import { htmlToText, looksLikeHtml } from './html-text';

const USAGE = `usage: npm run --silent scan -- [options] FILE...

Finds mentions of Chinese tech cities, zones, companies and policies.
FILE is a .txt or .html file (HTML is reduced to its visible text), or - for stdin.

  (default)   a table per file: mention, entity name, kind, count
  --json      [{ start, end, id, text }] per file (offsets in UTF-16 code units of the text;
              for HTML, of its visible text); several files give { "FILE": [...] }
  --jsonl     read JSON Lines from stdin, each an object with a "text" field; write each back
              with a "mentions" field added. Bad lines are reported on stderr by line number.
  --claims    fact-check hints: [{ start, end, id, field, page, data, verdict, source }] per file,
              one per claim the text makes about a mentioned entity, sorted by start; verdict is
              agrees, contradicts, disputed or unknown (see README, "Fact-check hints")
  -h, --help  this text
`;

interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** Rows of the readable table: one per entity, most mentioned first. */
export function summarise(mentions: readonly Mention[]): { surfaces: string; name: string; kind: string; count: number }[] {
  const byId = new Map<string, { surfaces: Set<string>; count: number }>();
  for (const m of mentions) {
    const row = byId.get(m.id) ?? { surfaces: new Set<string>(), count: 0 };
    row.surfaces.add(m.text.replace(/\s+/g, ' '));
    row.count++;
    byId.set(m.id, row);
  }
  return [...byId]
    .map(([id, r]) => ({
      surfaces: [...r.surfaces].join(', '),
      name: getEntity(id)?.name ?? id,
      kind: kindOf(id as Mention['id']),
      count: r.count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Terminal columns a string takes: East Asian wide characters take two. */
const displayWidth = (s: string): number =>
  [...s].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  );
const pad = (s: string, width: number, left = false): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return left ? fill + s : s + fill;
};

export function formatTable(mentions: readonly Mention[]): string {
  const rows = summarise(mentions).map((r) => [r.surfaces, r.name, r.kind, String(r.count)]);
  if (!rows.length) return '(no mentions)';
  const header = ['mention', 'entity', 'kind', 'count'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i]!, i === 3))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  EPERM: 'not permitted',
};
const readError = (err: unknown): string => {
  const { code, message } = err as NodeJS.ErrnoException;
  return (code && READ_ERRORS[code]) ?? message;
};

function readInput(file: string): string {
  const raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  return looksLikeHtml(file, raw) ? htmlToText(raw) : raw;
}

/** Loaded only for --claims, so plain scans start as fast as before. */
async function claimFiles(files: readonly string[], io: Io): Promise<number> {
  const { checkClaims, toRow } = await import('../claims/index');
  let code = 0;
  const results: [string, ClaimRow[]][] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (err) {
      io.err(`scan: cannot read ${file}: ${readError(err)}\n`);
      code = 2;
      continue;
    }
    results.push([file, checkClaims(text).map(toRow)]);
  }
  const value = files.length === 1 ? (results[0]?.[1] ?? []) : Object.fromEntries(results);
  // One claim per line: readable, and still one JSON value.
  const json = Array.isArray(value)
    ? value.length
      ? `[\n${value.map((r) => JSON.stringify(r)).join(',\n')}\n]`
      : '[]'
    : JSON.stringify(value);
  io.out(`${json}\n`);
  return code;
}

function scanFiles(files: readonly string[], json: boolean, io: Io): number {
  let code = 0;
  const results: [string, Mention[]][] = [];
  for (const file of files) {
    try {
      results.push([file, findMentions(readInput(file))]);
    } catch (err) {
      io.err(`scan: cannot read ${file}: ${readError(err)}\n`);
      code = 2;
    }
  }
  if (json) {
    const value = files.length === 1 ? (results[0]?.[1] ?? []) : Object.fromEntries(results);
    io.out(`${JSON.stringify(value)}\n`);
  } else {
    for (const [file, mentions] of results) io.out(`${files.length > 1 ? `== ${file}\n` : ''}${formatTable(mentions)}\n`);
  }
  return code;
}

/** Handles one JSON Lines record; returns the output line or throws with the reason. */
export function scanRecord(line: string): string {
  const value: unknown = JSON.parse(line);
  if (!value || typeof value !== 'object' || Array.isArray(value) || typeof (value as { text?: unknown }).text !== 'string') {
    throw new Error('expected an object with a string "text" field');
  }
  return JSON.stringify({ ...value, mentions: findMentions((value as { text: string }).text) });
}

async function scanJsonLines(input: NodeJS.ReadableStream, io: Io): Promise<number> {
  let n = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    try {
      io.out(`${scanRecord(line)}\n`);
    } catch (err) {
      bad++;
      io.err(`scan: line ${n}: ${(err as Error).message}\n`);
    }
  }
  return bad ? 1 : 0;
}

export async function main(argv: readonly string[], io: Io, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--jsonl' && a !== '--claims');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length || (argv.includes('--jsonl') && files.length) || (!argv.includes('--jsonl') && !files.length)) {
    io.err(`${unknown.length ? `scan: unknown option ${unknown.join(' ')}\n` : ''}${USAGE}`);
    return 2;
  }
  if (argv.includes('--jsonl')) return scanJsonLines(stdin, io);
  if (argv.includes('--claims')) return claimFiles(files, io);
  return scanFiles(files, argv.includes('--json'), io);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
