/**
 * The one place that imports the WebExtension API. Chrome gets the promise-based `browser`
 * namespace through the polyfill; unit tests mock this module instead of a global.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
