/**
 * `npm run version:bump -- <patch|minor|major|x.y.z>`: sets the version in package.json,
 * package-lock.json and manifest.json, adds the changelog section (src/store/CHANGELOG.md) from the
 * commit subjects since the last v* tag, commits, and tags v<version>. Refuses on a dirty tree.
 * Pushing (`git push --follow-tags`) is left to you.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReleaseError, release } from './version';

const root = resolve(import.meta.dirname, '../..');
const request = process.argv[2];
if (!request || process.argv.length > 3) {
  console.error('usage: npm run version:bump -- <patch|minor|major|x.y.z>');
  process.exit(2);
}
const git = (args: readonly string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const files = {
  read: (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
  write: (path: string, text: string) => writeFileSync(join(root, path), text),
};

try {
  const { version, tag, since } = release(git, files, request, new Date().toISOString().slice(0, 10));
  console.log(`Version ${version}, tagged ${tag} (changes since ${since ?? 'the first commit'} in src/store/CHANGELOG.md).`);
  console.log('Next: npm run package, then git push --follow-tags');
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
