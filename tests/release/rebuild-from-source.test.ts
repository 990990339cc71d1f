/**
 * What an addons.mozilla.org reviewer does with the source zip: unpack it, install, `npm run build`,
 * and compare the result with the Firefox package we upload. Every file must be there with the same
 * bytes. The zips are made fresh from the current dist/ and tree, as `npm run package` makes them.
 *
 * Dependencies: by default node_modules is a symlink to this checkout's, so the test runs offline in
 * seconds and rebuilds with exactly the packages the shipped build used; `npm ci` from the lock file is
 * what the README tells reviewers. CTL_REBUILD_NPM_CI=1 runs the real `npm ci` instead (needs the npm
 * registry, a minute or two more).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extensionZip, sourceZip } from '../../src/cli/package';
import { SOURCE_PATHS, untrackedSourceFiles } from '../../src/cli/source-files';
import { distDir, ROOT } from '../e2e/harness/build';
import { filesUnder } from './dist-files';
import { readZip } from './zip-read';

let work: string;
let keep = false;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ctl-rebuild-'));
});
afterAll(() => {
  if (keep) console.log(`[rebuild] kept ${work} to look at`);
  else rmSync(work, { recursive: true, force: true });
});

/** The environment a reviewer's shell has: none of the test run's or the e2e harness's variables. */
function reviewerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      key.startsWith('VITEST') ||
      ['OUT_DIR', 'DIST_DIR', 'DIST_DIR_FIREFOX', 'CTL_WITHOUT_HIGHLIGHT_API', 'NODE_ENV', 'TEST'].includes(key)
    ) {
      delete env[key];
    }
  }
  return env;
}

function unpack(zipPath: string, into: string): string[] {
  const files = readZip(readFileSync(zipPath));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), data);
  }
  return [...files.keys()];
}

it('builds, from the source zip alone, a Firefox package identical file by file to the one we ship', () => {
  const out = join(work, 'zips');
  const firefoxZip = extensionZip('firefox', { sourceDir: distDir('firefox'), outDir: out });
  const sources = join(work, 'source');
  const names = unpack(sourceZip({ outDir: out }), sources);
  expect(names.every((name) => SOURCE_PATHS.some((path) => name === path || (path.endsWith('/') && name.startsWith(path))))).toBe(true);

  const env = reviewerEnv();
  if (process.env.CTL_REBUILD_NPM_CI === '1') {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: sources, env, stdio: 'inherit' });
  } else {
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(sources, 'node_modules'), 'dir');
  }
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: sources, env, stdio: ['ignore', 'ignore', 'inherit'] });

  const shipped = readZip(readFileSync(firefoxZip));
  const rebuilt = filesUnder(join(sources, 'dist', 'firefox'));
  const differences = [
    ...[...shipped.keys()].filter((name) => !rebuilt.has(name)).map((name) => `${name}: in the package, not rebuilt`),
    ...[...rebuilt.keys()].filter((name) => !shipped.has(name)).map((name) => `${name}: rebuilt, not in the package`),
    ...[...shipped].filter(([name, data]) => rebuilt.has(name) && !data.equals(rebuilt.get(name)!)).map(([name]) => `${name}: differs`),
  ].sort();
  if (differences.length) {
    keep = true;
    const untracked = untrackedSourceFiles(ROOT);
    if (untracked.length) console.log(`[rebuild] files the build reads but git does not track (git add them): ${untracked.join(', ')}`);
  }
  expect(differences).toEqual([]);
  expect(shipped.size).toBeGreaterThan(10);
});
