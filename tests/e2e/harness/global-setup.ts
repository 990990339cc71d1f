/** Runs once before the e2e files: make sure the build under test exists and is current. */
import { BROWSER } from './index';
import { ensureBuilt } from './build';

export default function setup(): void {
  ensureBuilt([BROWSER === 'firefox' ? 'firefox' : 'chrome']);
}
