/**
 * Detection's cold start in Node: src/detect/index.ts bundled once (as the worker gets it: one file,
 * minified, compromise and the dataset inside), then, in fresh Node processes, the bundle's import
 * (module evaluation: compromise, the dataset, whatever the detector builds at load) and the first
 * findMentions on the 30 KB article with mentions, then a second call for the warm figure. Medians of
 * several processes. tsx is not used in the child: its on-the-fly compilation would dominate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ROOT } from '../e2e/harness/build';

export interface ColdImportSample {
  readonly importMs: number;
  readonly firstMs: number;
  readonly secondMs: number;
  readonly mentions: number;
}

const CHILD = `
const [bundle, textFile] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const text = readFileSync(textFile, 'utf8');
const t0 = performance.now();
const detect = await import(bundle);
const t1 = performance.now();
const mentions = detect.findMentions(text).length;
const t2 = performance.now();
detect.findMentions(text);
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, mentions }));
`;

export interface ColdImport {
  readonly samples: readonly ColdImportSample[];
  /** Size of the bundle the children import, KiB. */
  readonly bundleKiB: number;
}

export async function runColdImport(text: string, runs: number): Promise<ColdImport> {
  const dir = mkdtempSync(join(tmpdir(), 'ctl-bench-cold-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(ROOT, 'src/detect/index.ts'), formats: ['es'], fileName: 'detect' },
      },
    });
    const bundle = join(dir, 'out', readdirSync(join(dir, 'out')).find((f) => f.endsWith('.js'))!);
    writeFileSync(join(dir, 'child.mjs'), CHILD);
    writeFileSync(join(dir, 'text.txt'), text);
    const samples: ColdImportSample[] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(process.execPath, [join(dir, 'child.mjs'), pathToFileURL(bundle).href, join(dir, 'text.txt')], {
        encoding: 'utf8',
      });
      samples.push(JSON.parse(out) as ColdImportSample);
    }
    return { samples, bundleKiB: statSync(bundle).size / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
