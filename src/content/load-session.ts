/**
 * Loads the page session's module (./start-session.ts, built as SESSION_MODULE_FILE) when the scout
 * wakes. `import()` of an extension file runs it in the content script's own world, with the extension
 * API; the file is web-accessible only so that this import may fetch it (see vite.config.ts).
 */
import { SESSION_MODULE_FILE } from './session-module';

type SessionModule = typeof import('./start-session');

interface GetUrl {
  readonly runtime: { getURL(path: string): string };
}
declare const browser: GetUrl;
declare const chrome: GetUrl;

export function loadSession(): Promise<SessionModule> {
  // Each build names its browser's own global, not ../shared/browser's alias: Mozilla's add-on linter
  // accepts an import() address only from a literal `browser.runtime.getURL` or `chrome.runtime.getURL`.
  const url = __TARGET__ === 'firefox' ? browser.runtime.getURL(SESSION_MODULE_FILE) : chrome.runtime.getURL(SESSION_MODULE_FILE);
  return import(/* @vite-ignore */ url) as Promise<SessionModule>;
}
