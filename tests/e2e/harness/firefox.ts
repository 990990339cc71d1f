/** The Firefox driver (puppeteer-core over WebDriver BiDi) is not written yet: say so plainly. */
import type { Driver, LaunchOptions } from './types';

export async function launchFirefox(_options: LaunchOptions = {}): Promise<Driver> {
  throw new Error('E2E_BROWSER=firefox: the Firefox driver is not available yet');
}
