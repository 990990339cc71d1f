/**
 * What goes into the source zip that addons.mozilla.org reviewers rebuild the Firefox package from:
 * the files git tracks that `npm ci && npm run build` reads, and nothing else (no tests, screenshots,
 * CI scripts or editor settings), so the zip is exactly what the README's rebuild steps need.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files and folders (ending in "/") the build needs: the npm manifests for `npm ci`, the extension
 * manifest, the build config (vite.config.ts imports its plugins from src/cli/), the TypeScript settings
 * the transpiler reads, the code, the dataset, and the README with the rebuild steps.
 */
export const SOURCE_PATHS = [
  'package.json',
  'package-lock.json',
  'manifest.json',
  'vite.config.ts',
  'tsconfig.json',
  'README.md',
  'src/',
  'data/',
] as const;

const wanted = (file: string) => SOURCE_PATHS.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path));

/** The files of `tracked` the build needs, sorted so the zip lists them in a fixed order. */
export function sourceFiles(tracked: readonly string[]): string[] {
  return tracked.filter(wanted).sort();
}

/** Files in git's index under `root` that still exist in the working tree (a deleted file is not built from). */
export function trackedFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((file) => file && existsSync(join(root, file)));
}

/** New files git does not track yet under the source paths: the build reads them, the source zip does not. */
export function untrackedSourceFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--others', '--exclude-standard', '--', ...SOURCE_PATHS], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\0').filter(Boolean).sort();
}
