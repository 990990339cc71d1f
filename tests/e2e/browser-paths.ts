/**
 * Where the browsers live: an environment variable, else Debian's packages. Each finder returns the
 * path or throws one line saying exactly what to install.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';
export const FIREFOX_INSTALL_HINT =
  'Firefox not found: the Firefox scenarios need `sudo apt-get install -y firefox-esr` (Debian) or FIREFOX_PATH set to a Firefox binary.';

function findBinary(override: string | undefined, defaults: readonly string[], hint: string): string {
  const found = [override, ...defaults].find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) throw new Error(hint);
  return found;
}

export const chromiumPath = (): string =>
  findBinary(process.env.CHROMIUM_PATH, ['/usr/bin/chromium', '/usr/bin/chromium-browser'], CHROMIUM_INSTALL_HINT);

export const firefoxPath = (): string =>
  findBinary(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox'], FIREFOX_INSTALL_HINT);
