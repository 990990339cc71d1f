/**
 * The one place that names the WebExtension API. Firefox and Chrome 148+ provide the promise-based
 * `browser` namespace themselves. Extension pages and the worker install webextension-polyfill first
 * (./polyfill.ts), so older Chrome gets the same namespace there. The content script does not load
 * the polyfill: it is 10 KB the page would compile on every visit, and where `browser` is missing the
 * content script falls back to Manifest V3 `chrome`, whose methods it uses also return promises (it
 * answers messages through sendResponse, which both namespaces honour).
 * Unit tests mock this module instead of a global.
 */
import type Browser from 'webextension-polyfill';

const global = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
const browser = (global.browser ?? global.chrome)!;

export default browser;
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
