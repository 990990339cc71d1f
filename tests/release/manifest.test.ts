/**
 * The built manifests against the built code, as a store reviewer would read them: every permission
 * the manifest asks for is used, every API the code calls that needs a permission has it, host access
 * is only the content script's, and every web-accessible file is one the code loads (and the content
 * script loads no extension file that is not web-accessible). Also: no network API, and no eval or
 * Function constructor, in the package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../e2e/harness/build';
import { filesUnder } from './dist-files';

/** API namespaces that need a permission of the same name (Chrome and Firefox). */
const GATED_NAMESPACES = [
  'alarms',
  'bookmarks',
  'browsingData',
  'contentSettings',
  'contextMenus',
  'cookies',
  'debugger',
  'declarativeContent',
  'declarativeNetRequest',
  'desktopCapture',
  'downloads',
  'fontSettings',
  'gcm',
  'history',
  'identity',
  'idle',
  'management',
  'menus',
  'notifications',
  'offscreen',
  'pageCapture',
  'power',
  'printerProvider',
  'printing',
  'privacy',
  'proxy',
  'readingList',
  'scripting',
  'search',
  'sessions',
  'sidePanel',
  'storage',
  'system',
  'tabCapture',
  'tabGroups',
  'topSites',
  'tts',
  'ttsEngine',
  'userScripts',
  'webNavigation',
  'webRequest',
];

/**
 * Permissions that are not an API namespace, with what in the code needs them. activeTab: the worker
 * reads the address of the tab whose toolbar button was clicked (`tabs.get(id).url`), which a browser
 * shows an extension without the `tabs` permission or host access only for that tab (README, Compare).
 */
const OTHER_EVIDENCE: Record<string, RegExp> = {
  activeTab: /\.tabs\.get\(/,
};

/** `x.ns.member(` or `x.ns.member.method(`: a call into an API namespace (minified names keep these properties). */
const callsInto = (ns: string) => new RegExp(`\\.${ns}\\??\\.[A-Za-z]+(\\??\\.[A-Za-z]+)?\\??\\.?\\(`);

/** Extension files a script asks the address of (`runtime.getURL("path")`, any quotes): the files it loads. */
const loadedBy = (text: string) => [...text.matchAll(/getURL\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]!);

describe.each(['chrome', 'firefox'] as const)('%s build', (target) => {
  const dir = distDir(target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = new Map(
    [...filesUnder(dir)].filter(([name]) => name.endsWith('.js')).map(([name, data]) => [name, data.toString('utf8')]),
  );
  const code = [...scripts.values()].join('\n');
  const permissions: string[] = manifest.permissions ?? [];
  const contentScripts: { js: string[]; matches: string[] }[] = manifest.content_scripts ?? [];
  const contentMatches = [...new Set(contentScripts.flatMap((s) => s.matches))].sort();

  it('uses every permission it asks for', () => {
    const unused = permissions.filter((p) => !(GATED_NAMESPACES.includes(p) ? callsInto(p).test(code) : OTHER_EVIDENCE[p]?.test(code)));
    expect(unused).toEqual([]);
  });

  it('asks for every permission the code needs', () => {
    const needed = GATED_NAMESPACES.filter((ns) => callsInto(ns).test(code));
    expect(needed.filter((ns) => !permissions.includes(ns))).toEqual([]);
  });

  it('asks for no host access beyond the content script, and nothing optional', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(contentMatches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('makes web-accessible only files the content script loads, for its own sites', () => {
    const entries: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[] = manifest.web_accessible_resources ?? [];
    const contentCode = contentScripts.flatMap((s) => s.js).map((file) => scripts.get(file) ?? '');
    const accessible = entries.flatMap((e) => e.resources);
    for (const entry of entries) {
      expect([...entry.matches].sort()).toEqual(contentMatches);
      // Chrome serves it only at a per-session address; Firefox's addresses are per install anyway.
      if (target === 'chrome') expect(entry.use_dynamic_url).toBe(true);
    }
    for (const resource of accessible) {
      expect(scripts.has(resource), `${resource} is not a file of the build`).toBe(true);
      expect(
        contentCode.some((text) => loadedBy(text).includes(resource)),
        `${resource} is never loaded`,
      ).toBe(true);
    }
    const loaded = contentCode.flatMap(loadedBy);
    expect(loaded.filter((file) => !accessible.includes(file))).toEqual([]);
    expect(accessible.length).toBeGreaterThan(0);
  });

  it('has no network API and no code made from strings anywhere in the package (the privacy page and the review answers say so)', () => {
    const network = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|WebTransport/;
    const fromStrings = /\beval\(|\bFunction\(/;
    expect([...scripts].filter(([, text]) => network.test(text) || fromStrings.test(text)).map(([name]) => name)).toEqual([]);
  });
});
