/**
 * The e2e suite tests what `npm run build` made. It builds only when dist/<target> is missing or older
 * than any input (src/, data/, manifest.json, vite.config.ts, package.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const INPUTS = ['src', 'data', 'manifest.json', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function distDir(target: 'chrome' | 'firefox'): string {
  return process.env.DIST_DIR && target === 'chrome'
    ? resolve(process.env.DIST_DIR)
    : process.env.DIST_DIR_FIREFOX && target === 'firefox'
      ? resolve(process.env.DIST_DIR_FIREFOX)
      : resolve(ROOT, 'dist', target);
}

/** Why dist/<target> must be rebuilt, or null when it is fresh. */
export function staleReason(target: 'chrome' | 'firefox'): string | null {
  const manifest = join(distDir(target), 'manifest.json');
  if (!existsSync(manifest)) return `${manifest} is missing`;
  const built = statSync(manifest).mtimeMs;
  const newer = INPUTS.find((input) => newestMtime(resolve(ROOT, input)) > built);
  return newer ? `${newer} changed after the last build` : null;
}

export function ensureBuilt(targets: readonly ('chrome' | 'firefox')[]): void {
  for (const target of targets) {
    const reason = staleReason(target);
    if (!reason) continue;
    console.log(`[e2e] building ${target}: ${reason}`);
    // A build started from inside vitest must not see VITEST, or vite.config.ts gives the unit-test config.
    const env: NodeJS.ProcessEnv = { ...process.env, VITEST: undefined, VITEST_MODE: undefined, NODE_ENV: 'production' };
    if (target === 'chrome' && process.env.DIST_DIR) env.OUT_DIR = process.env.DIST_DIR;
    if (target === 'firefox' && process.env.DIST_DIR_FIREFOX) env.OUT_DIR = process.env.DIST_DIR_FIREFOX;
    execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--mode', target, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  }
}
