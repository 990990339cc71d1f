/**
 * Whether the content script runs at an address: the manifest's http and https pages, less the stores,
 * where browsers run no extension's scripts. A page there that does not answer names nothing (or was
 * open before the extension); anywhere else the extension cannot read the page at all.
 */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function mayRunContentScripts(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return !STORES.some(({ host, path }) => url.hostname === host && (!path || url.pathname.startsWith(path)));
}
