/**
 * `npm run package` (after `npm run build`): the store uploads and the reviewers' source, in dist/:
 *   china-tech-lens-chrome-<version>.zip   dist/chrome, zipped by `web-ext build`
 *   china-tech-lens-firefox-<version>.zip  dist/firefox, zipped by `web-ext build`
 *   china-tech-lens-source-<version>.zip   the tracked files the build needs (./source-files.ts)
 * web-ext's zips are not byte-reproducible (each entry carries the time it was zipped, and entries
 * are added in the order file reads finish), so a rebuild is compared with them file by file
 * (tests/release/rebuild-from-source.test.ts). The source zip is written by ./zip.ts, which fixes the
 * dates and sorts the entries, so zipping the same tree twice gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceFiles, trackedFiles } from './source-files';
import { zip } from './zip';

export type Target = 'chrome' | 'firefox';

const ROOT = resolve(import.meta.dirname, '../..');

export function packageVersion(root = ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export const zipName = (what: Target | 'source', version: string) => `china-tech-lens-${what}-${version}.zip`;

/** Zips a built extension folder with `web-ext build`; returns the zip's path. */
export function extensionZip(
  target: Target,
  { root = ROOT, sourceDir = join(root, 'dist', target), outDir = join(root, 'dist') } = {},
): string {
  const filename = zipName(target, packageVersion(root));
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      sourceDir,
      '--artifacts-dir',
      outDir,
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return join(outDir, filename);
}

/** Zips the tracked files the build needs (deterministic: sorted entries, fixed dates); returns the zip's path. */
export function sourceZip({ root = ROOT, outDir = join(root, 'dist') } = {}): string {
  const entries = sourceFiles(trackedFiles(root)).map((name) => ({ name, data: readFileSync(join(root, name)) }));
  const out = join(outDir, zipName('source', packageVersion(root)));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(out, zip(entries));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of [extensionZip('chrome'), extensionZip('firefox'), sourceZip()]) {
    console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KiB`);
  }
}
