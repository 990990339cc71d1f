/**
 * The release step behind `npm run version:bump`: one version in package.json, package-lock.json and
 * manifest.json, a changelog section from the commit subjects since the last `v*` tag, then a commit
 * and the tag. Git and the files come in as arguments, so the rules are tested without a repository.
 */

export type Bump = 'patch' | 'minor' | 'major';
/** Runs git with these arguments and returns its trimmed output; throws when git fails. */
export type Git = (args: readonly string[]) => string;
export interface Files {
  read(path: string): string | undefined;
  write(path: string, text: string): void;
}

/** A refusal with a message meant for the person running the command. */
export class ReleaseError extends Error {}

export const CHANGELOG = 'src/store/CHANGELOG.md';
const VERSIONED = ['package.json', 'package-lock.json', 'manifest.json'] as const;
const CHANGELOG_HEADER =
  '# Changelog\n\nWhat each release changed: the subjects of the commits since the release before it, written by `npm run version:bump`.\n';

/** major.minor.patch, each a whole number browsers accept in a manifest version (0–65535). */
export function parseVersion(text: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  const parts = match?.slice(1).map(Number);
  if (!parts || parts.some((n) => n > 65535 || !Number.isSafeInteger(n))) {
    throw new ReleaseError(`"${text}" is not a version: give patch, minor, major or x.y.z (whole numbers up to 65535, no suffix)`);
  }
  return parts as [number, number, number];
}

/** The version after `current`: a bump, or an explicit x.y.z that must be higher. */
export function nextVersion(current: string, request: string): string {
  const [major, minor, patch] = parseVersion(current);
  if (request === 'major') return `${major + 1}.0.0`;
  if (request === 'minor') return `${major}.${minor + 1}.0`;
  if (request === 'patch') return `${major}.${minor}.${patch + 1}`;
  const wanted = parseVersion(request);
  const higher = wanted.findIndex((n, i) => n !== [major, minor, patch][i]);
  if (higher < 0 || wanted[higher]! < [major, minor, patch][higher]!) {
    throw new ReleaseError(`${request} is not higher than the current version ${current}`);
  }
  return wanted.join('.');
}

/** A changelog section: the version, its date, one line per commit subject (oldest first). */
export function changelogSection(version: string, date: string, subjects: readonly string[]): string {
  const lines = subjects.map((s) => s.trim()).filter(Boolean);
  return `## ${version} (${date})\n\n${lines.length ? lines.map((s) => `- ${s}`).join('\n') : '- No changes since the previous release.'}\n`;
}

/** The changelog with `section` as its newest entry, under the header (written when the file is new). */
export function prependChangelog(existing: string | undefined, section: string): string {
  const text = existing ?? CHANGELOG_HEADER;
  const first = text.search(/^## /m);
  return first < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, first)}${section}\n${text.slice(first)}`;
}

/** package.json and package-lock.json as npm writes them (two-space JSON and a final newline). */
function withNpmVersion(text: string, version: string, lock: boolean): string {
  const json = JSON.parse(text);
  json.version = version;
  if (lock && json.packages?.['']) json.packages[''].version = version;
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** manifest.json keeps its hand formatting: only the top-level "version" value changes. */
function withManifestVersion(text: string, version: string): string {
  if (!/^ {2}"version": "[^"]*"/m.test(text)) throw new ReleaseError('manifest.json has no top-level "version" line to update');
  return text.replace(/^( {2}"version": ")[^"]*(")/m, `$1${version}$2`);
}

function lastReleaseTag(git: Git): string | undefined {
  try {
    return git(['describe', '--tags', '--abbrev=0', '--match', 'v*']) || undefined;
  } catch {
    return undefined; // no release tag yet: the changelog takes every commit
  }
}

/** Bumps, writes the changelog, commits and tags; returns the new version. Refuses on a dirty tree. */
export function release(git: Git, files: Files, request: string, date: string): { version: string; tag: string; since?: string } {
  const dirty = git(['status', '--porcelain']);
  if (dirty) {
    throw new ReleaseError(
      `The working tree has changes that are not committed:\n${dirty}\nCommit or stash them first, so the release commit holds only the version and the changelog.`,
    );
  }
  const read = (path: string) => {
    const text = files.read(path);
    if (text === undefined) throw new ReleaseError(`${path} is missing`);
    return text;
  };
  const current = JSON.parse(read('package.json')).version as string;
  const version = nextVersion(current, request);
  const tag = `v${version}`;
  if (git(['tag', '--list', tag])) throw new ReleaseError(`The tag ${tag} already exists`);

  const since = lastReleaseTag(git);
  // First-parent history: a merged branch appears once, as its merge commit's subject.
  const log = git(['log', '--first-parent', '--reverse', '--format=%s', since ? `${since}..HEAD` : 'HEAD']);
  const section = changelogSection(version, date, log ? log.split('\n') : []);

  files.write('package.json', withNpmVersion(read('package.json'), version, false));
  files.write('package-lock.json', withNpmVersion(read('package-lock.json'), version, true));
  files.write('manifest.json', withManifestVersion(read('manifest.json'), version));
  files.write(CHANGELOG, prependChangelog(files.read(CHANGELOG), section));

  git(['add', '--', ...VERSIONED, CHANGELOG]);
  git([
    'commit',
    '-m',
    `Version ${version}: package, lock file and manifest agree, and the changelog lists what changed since ${since ?? 'the first commit'}`,
  ]);
  git(['tag', '-a', tag, '-m', `China Tech Lens ${version}`]);
  return { version, tag, since };
}
