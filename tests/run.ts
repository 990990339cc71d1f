/**
 * `npm test`: the whole suite, in the order that fails fastest. Type check, unit tests, build (only when
 * stale), web-ext lint of the Firefox build, the release checks (the built manifests against the code,
 * and a rebuild of the Firefox package from the source zip), then the end-to-end scenarios in every
 * browser installed.
 * Installs Debian's chromium when it is missing and it can (root with apt-get); otherwise stops with one
 * line saying what to install. Firefox is optional locally (its step is skipped, and the summary says so)
 * but installed in CI. Ends with a single "N passed, N failed" line, and says how many tests were
 * skipped and why (those that read ../shared skip where it is not beside the checkout).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_INSTALL_HINT, chromiumPath, FIREFOX_INSTALL_HINT, firefoxPath } from './e2e/browser-paths';
import { ensureBuilt, ROOT } from './e2e/harness/build';
import { langpackPackage } from './e2e/harness/firefox-langpack';
import { SHARED_DIR } from './shared-dir';

interface StepResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}

const results: StepResult[] = [];
const reportDir = mkdtempSync(join(tmpdir(), 'ctl-test-'));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Runs one step; a vitest step reports its counts through its JSON reporter. */
function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, jsonReport?: string) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const ok = run(command, args, env);
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  let skipped = 0;
  if (jsonReport && existsSync(jsonReport)) {
    const report = JSON.parse(readFileSync(jsonReport, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed = report.numPassedTests;
    failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    skipped = report.numPendingTests + report.numTodoTests;
  }
  results.push({ name, ok, passed, failed, skipped, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function vitest(name: string, config: string | undefined, env: NodeJS.ProcessEnv = {}) {
  const out = join(reportDir, `${name.replace(/\W+/g, '-')}.json`);
  const args = [
    'vitest',
    'run',
    ...(config ? ['--config', config] : []),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  return step(name, 'npx', args, env, out);
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** The browser's path, installing the Debian package when allowed; null (with the hint printed) if not. */
function ensureBrowser(find: () => string, pkgs: string[], hint: string, required: boolean): string | null {
  try {
    return find();
  } catch {
    if (canApt() && (required || process.env.CI)) {
      console.log(`[test] installing ${pkgs.join(' ')} from Debian's packages`);
      const install = ['install', '-y', '--no-install-recommends', ...pkgs];
      run('apt-get', install) || (run('apt-get', ['update']) && run('apt-get', install));
      try {
        return find();
      } catch {
        /* fall through */
      }
    }
    console.log(hint);
    return null;
  }
}

const chromium = ensureBrowser(chromiumPath, ['chromium'], CHROMIUM_INSTALL_HINT, true);
if (!chromium) process.exit(1);
// The language pack: the Chinese-UI scenarios need Firefox itself in Chinese.
const firefox = ensureBrowser(firefoxPath, ['firefox-esr', langpackPackage('zh-CN')], FIREFOX_INSTALL_HINT, false);

step('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
// Biome's rules and formatting (biome.json); `npm run format` applies its fixes.
step('lint and format', 'npx', ['biome', 'check', '--error-on-warnings']);
vitest('unit', undefined);

console.log('\n=== build');
ensureBuilt(['chrome', 'firefox']);
step('web-ext lint (dist/firefox)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--output', 'text']);
vitest('release', 'tests/release/vitest.config.ts');

const browsers = ['chromium'];
vitest('e2e chromium', 'tests/e2e/vitest.config.ts', { E2E_BROWSER: 'chromium' });
// The same scenario files again through the Firefox driver, against dist/firefox.
if (firefox) {
  browsers.push('firefox');
  vitest('e2e firefox', 'tests/e2e/vitest.config.ts', { E2E_BROWSER: 'firefox', FIREFOX_PATH: firefox });
} else {
  console.log('\n=== e2e firefox: skipped (Firefox is not installed; see the line above)');
}

console.log('\n=== summary');
for (const r of results) {
  const skipped = r.skipped ? ` ${String(r.skipped).padStart(3)} skipped` : '';
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${skipped}  ${r.seconds.toFixed(1)}s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`browsers: ${browsers.join(', ')}${firefox ? '' : ' (firefox not installed: skipped)'}`);
if (skipped) {
  const why = existsSync(SHARED_DIR) ? 'see the [skipped] lines above' : `they read ${SHARED_DIR}, which is not beside this checkout`;
  console.log(`${skipped} skipped: ${why}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
