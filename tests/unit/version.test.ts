/**
 * `npm run version:bump`: version arithmetic, the changelog text, and the release step with a fake git
 * and fake files (a dirty tree is refused before anything is written).
 */
import { describe, expect, it } from 'vitest';
import { changelogSection, type Files, nextVersion, parseVersion, prependChangelog, ReleaseError, release } from '../../src/cli/version';

describe('nextVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['1.2.3', '1.2.10', '1.2.10'],
    ['1.2.3', '2.0.0', '2.0.0'],
  ])('%s + %s = %s', (current, request, next) => {
    expect(nextVersion(current, request)).toBe(next);
  });

  it.each(['1.2.3', '1.2.2', '0.9.9'])('refuses %s, which is not higher than 1.2.3', (request) => {
    expect(() => nextVersion('1.2.3', request)).toThrow(/not higher than the current version 1\.2\.3/);
  });

  it.each(['1.2', '1.2.3-beta', 'v1.2.3', '1.2.70000', 'huge'])('refuses %s, which browsers would not take as a version', (request) => {
    expect(() => nextVersion('1.2.3', request)).toThrow(ReleaseError);
  });

  it('reads whole-number versions only', () => {
    expect(parseVersion(' 10.0.65535 ')).toEqual([10, 0, 65535]);
  });
});

describe('the changelog', () => {
  it('lists the subjects under the version and date', () => {
    expect(changelogSection('0.2.0', '2026-12-02', ['First change', '  ', 'Second change '])).toBe(
      '## 0.2.0 (2026-12-02)\n\n- First change\n- Second change\n',
    );
    expect(changelogSection('0.2.1', '2026-12-03', [])).toBe('## 0.2.1 (2026-12-03)\n\n- No changes since the previous release.\n');
  });

  it('starts a new file with its header, and puts a newer section above the older ones', () => {
    const first = prependChangelog(undefined, '## 0.2.0 (d)\n\n- a\n');
    expect(first).toMatch(/^# Changelog\n\n.+\n\n## 0\.2\.0 \(d\)\n\n- a\n$/);
    const second = prependChangelog(first, '## 0.3.0 (e)\n\n- b\n');
    expect(second.indexOf('## 0.3.0')).toBeLessThan(second.indexOf('## 0.2.0'));
    expect(second.startsWith('# Changelog\n')).toBe(true);
    expect(second).toContain('- b\n\n## 0.2.0');
  });
});

describe('release', () => {
  const manifest = '{\n  "manifest_version": 3,\n  "name": "x",\n  "version": "0.1.0",\n  "permissions": ["storage"]\n}\n';
  const lock = `${JSON.stringify({ name: 'x', version: '0.1.0', lockfileVersion: 3, packages: { '': { name: 'x', version: '0.1.0' }, 'node_modules/a': { version: '9.9.9' } } }, null, 2)}\n`;

  function setUp(status: string, tags: { last?: string; existing?: string[] } = {}) {
    const store = new Map<string, string>([
      ['package.json', `${JSON.stringify({ name: 'x', version: '0.1.0', private: true }, null, 2)}\n`],
      ['package-lock.json', lock],
      ['manifest.json', manifest],
    ]);
    const calls: string[][] = [];
    const files: Files = { read: (path) => store.get(path), write: (path, text) => void store.set(path, text) };
    const git = (args: readonly string[]) => {
      calls.push([...args]);
      if (args[0] === 'status') return status;
      if (args[0] === 'tag' && args[1] === '--list') return (tags.existing ?? []).includes(args[2]!) ? args[2]! : '';
      if (args[0] === 'describe') {
        if (!tags.last) throw new Error('fatal: No names found');
        return tags.last;
      }
      if (args[0] === 'log') return 'Older change\nNewer change';
      return '';
    };
    return { store, calls, files, git };
  }

  it('refuses a dirty tree, names what is dirty, and writes nothing', () => {
    const { store, calls, files, git } = setUp(' M src/popup/app.ts\n?? notes.txt');
    const before = new Map(store);
    expect(() => release(git, files, 'patch', '2026-12-02')).toThrow(
      /not committed:\n M src\/popup\/app\.ts\n\?\? notes\.txt\nCommit or stash them first/,
    );
    expect(store).toEqual(before);
    expect(calls).toEqual([['status', '--porcelain']]);
  });

  it('sets one version everywhere, writes the changelog from the subjects since the last tag, commits and tags', () => {
    const { store, calls, files, git } = setUp('', { last: 'v0.1.0' });
    expect(release(git, files, 'minor', '2026-12-02')).toEqual({ version: '0.2.0', tag: 'v0.2.0', since: 'v0.1.0' });
    expect(JSON.parse(store.get('package.json')!).version).toBe('0.2.0');
    const lockJson = JSON.parse(store.get('package-lock.json')!);
    expect([lockJson.version, lockJson.packages[''].version, lockJson.packages['node_modules/a'].version]).toEqual([
      '0.2.0',
      '0.2.0',
      '9.9.9',
    ]);
    expect(store.get('manifest.json')).toBe(manifest.replace('"0.1.0"', '"0.2.0"'));
    expect(store.get('src/store/CHANGELOG.md')).toContain('## 0.2.0 (2026-12-02)\n\n- Older change\n- Newer change\n');
    expect(calls).toContainEqual(['log', '--first-parent', '--reverse', '--format=%s', 'v0.1.0..HEAD']);
    expect(calls.at(-3)).toEqual(['add', '--', 'package.json', 'package-lock.json', 'manifest.json', 'src/store/CHANGELOG.md']);
    expect(calls.at(-2)![0]).toBe('commit');
    expect(calls.at(-1)).toEqual(['tag', '-a', 'v0.2.0', '-m', 'China Tech Lens 0.2.0']);
  });

  it('takes every commit when there is no release tag yet', () => {
    const { calls, files, git } = setUp('');
    expect(release(git, files, '1.0.0', '2026-12-02').since).toBeUndefined();
    expect(calls).toContainEqual(['log', '--first-parent', '--reverse', '--format=%s', 'HEAD']);
  });

  it('refuses a version whose tag exists', () => {
    const { store, files, git } = setUp('', { existing: ['v0.1.1'] });
    expect(() => release(git, files, 'patch', '2026-12-02')).toThrow(/v0\.1\.1 already exists/);
    expect(JSON.parse(store.get('package.json')!).version).toBe('0.1.0');
  });
});
