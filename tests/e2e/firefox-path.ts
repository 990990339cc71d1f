/** Where Firefox lives: FIREFOX_PATH, else Debian's firefox-esr. Returns the path or throws what to install. */
import { existsSync } from 'node:fs';

export const FIREFOX_INSTALL_HINT =
  'Firefox not found: the Firefox scenarios need `sudo apt-get install -y firefox-esr` (Debian) or FIREFOX_PATH set to a Firefox binary.';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(FIREFOX_INSTALL_HINT);
  return found;
}
