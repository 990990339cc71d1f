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

/**
 * What is built: the extension as shipped, or the same code built to paint without the CSS Custom
 * Highlight API (every browser we run has the API, and no flag or pref turns it off any more), so the
 * fallback marks are tested in a real browser too.
 */
export type Variant = 'shipped' | 'no-highlight-api';

export function distDir(target: 'chrome' | 'firefox', variant: Variant = 'shipped'): string {
  const base =
    process.env.DIST_DIR && target === 'chrome'
      ? resolve(process.env.DIST_DIR)
      : process.env.DIST_DIR_FIREFOX && target === 'firefox'
        ? resolve(process.env.DIST_DIR_FIREFOX)
        : resolve(ROOT, 'dist', target);
  return variant === 'shipped' ? base : `${base}-${variant}`;
}

/** Why dist/<target> must be rebuilt, or null when it is fresh. */
export function staleReason(target: 'chrome' | 'firefox', variant: Variant = 'shipped'): string | null {
  const manifest = join(distDir(target, variant), 'manifest.json');
  if (!existsSync(manifest)) return `${manifest} is missing`;
  const built = statSync(manifest).mtimeMs;
  const newer = INPUTS.find((input) => newestMtime(resolve(ROOT, input)) > built);
  return newer ? `${newer} changed after the last build` : null;
}

export function ensureBuilt(targets: readonly ('chrome' | 'firefox')[], variant: Variant = 'shipped'): void {
  for (const target of targets) {
    const reason = staleReason(target, variant);
    if (!reason) continue;
    console.log(`[e2e] building ${target}${variant === 'shipped' ? '' : ` (${variant})`}: ${reason}`);
    // A build started from inside vitest must not see VITEST, or vite.config.ts gives the unit-test config.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      VITEST: undefined,
      VITEST_MODE: undefined,
      NODE_ENV: 'production',
      OUT_DIR: distDir(target, variant),
    };
    if (variant === 'no-highlight-api') env.CTL_WITHOUT_HIGHLIGHT_API = '1';
    execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--mode', target, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env,
    });
  }
}
