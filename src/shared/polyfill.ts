/**
 * Imported first by the extension pages and the worker: gives browsers without the promise-based
 * `browser` namespace (Chrome before 148) the polyfill's, before ./browser.ts reads it. Where the
 * namespace exists, the polyfill hands back the browser's own object and this changes nothing.
 */
import polyfill from 'webextension-polyfill';

const global = globalThis as { browser?: typeof polyfill };
global.browser ??= polyfill;
