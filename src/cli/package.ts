/** `npm run package`: store-ready zips of dist/chrome and dist/firefox, written into dist/. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zip, type ZipEntry } from './zip';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chrome', 'firefox'] as const) {
  const dir = join(root, 'dist', target);
  const entries: ZipEntry[] = filesUnder(dir).map((path) => ({
    name: relative(dir, path).split('\\').join('/'),
    data: readFileSync(path),
  }));
  const out = join(root, 'dist', `china-tech-lens-${target}-${version}.zip`);
  writeFileSync(out, zip(entries));
  console.log(`${relative(root, out)}  ${entries.length} files  ${(statSync(out).size / 1024).toFixed(1)} KiB`);
}
