/**
 * Where Chromium lives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Returns the path or throws one
 * line saying exactly what to install.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT = 'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(CHROMIUM_INSTALL_HINT);
  return found;
}
