/**
 * One browser with the built extension per scenario file: `const ext = extensionForFile()` at the top
 * of the file launches it before the file's tests and closes it after them, even when one fails.
 * The returned object stands for the browser; touching it outside a test (before the launch) throws.
 */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchExtension } from './index';

export function extensionForFile(options: LaunchOptions = {}): ExtensionBrowser {
  let current: ExtensionBrowser | undefined;
  beforeAll(async () => {
    current = await launchExtension(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as ExtensionBrowser, {
    get(_, key) {
      if (!current) throw new Error(`the browser is launched in beforeAll: ext.${String(key)} was used outside a test`);
      const value = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
