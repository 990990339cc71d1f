/** Runs once before the release checks: both builds exist and are current. */
import { ensureBuilt } from '../e2e/harness/build';

export default function setup(): void {
  ensureBuilt(['chrome', 'firefox']);
}
