/**
 * ../shared beside the checkout: the team's labelled dev set, coverage list and seed article. A
 * contributor's clone has no such folder, so tests that read it skip, each file printing one line that
 * says what was skipped and why; `npm test`'s summary counts them (tests/run.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');

/** The path of a file under ../shared, e.g. "eval/mentions-dev.jsonl". */
export const sharedPath = (relative: string): string => resolve(SHARED_DIR, relative);

/**
 * Whether ../shared/<relative> is there; when it is not, prints the one-line notice for `what`.
 * Use as `describe.skipIf(!hasShared('coverage.json', 'coverage ids'))(...)`.
 */
export function hasShared(relative: string, what: string): boolean {
  if (existsSync(sharedPath(relative))) return true;
  console.log(`[skipped] ${what}: ../shared/${relative} is not beside this checkout`);
  return false;
}
