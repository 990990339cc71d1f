/**
 * Errors from the extension's own pages in Firefox. WebDriver BiDi deliberately sends no events from
 * extension documents (Firefox bug 1755014), so puppeteer sees no console or page errors on
 * moz-extension:// pages and "no errors there" would prove nothing. Two sources replace the events:
 * - from load on: a hook the driver installs in the page (console.error, error, unhandledrejection);
 * - during load, before the hook exists: the browser-wide console service, read in the parent process
 *   (which --remote-allow-system-access opens to BiDi), keeping script errors raised in the files that
 *   page loaded. console.error calls made during load are the one thing neither source sees.
 */
import type { Browser } from 'puppeteer-core';

interface BidiSend {
  send(method: string, params: object): Promise<{ result: any }>;
}

/** Script errors the console service saw in files under the extension's origin, in order. */
export interface ExtensionScriptErrors {
  /** How many have been seen so far: a position to read from later. */
  count(): Promise<number>;
  /** Those seen since position `from` (source URL and message). */
  since(from: number): Promise<{ source: string; message: string }[]>;
}

async function callInParent<R>(bidi: BidiSend, context: string, fn: string, arg: string | number): Promise<R> {
  const value = typeof arg === 'number' ? { type: 'number', value: arg } : { type: 'string', value: arg };
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context },
    arguments: [value],
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox parent process: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value) as R;
}

// Runs in the browser window's privileged scope: Services, Ci and ChromeUtils exist there.
const LISTEN = `(prefix) => {
  if (!window.__ctlExtensionErrors) {
    const log = (window.__ctlExtensionErrors = []);
    Services.console.registerListener({
      QueryInterface: ChromeUtils.generateQI(['nsIConsoleListener']),
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError) || message.flags & Ci.nsIScriptError.warningFlag) return;
        if (message.sourceName.startsWith(prefix)) log.push({ source: message.sourceName, message: message.errorMessage });
      },
    });
  }
  return JSON.stringify(window.__ctlExtensionErrors.length);
}`;
const COUNT = `() => JSON.stringify(window.__ctlExtensionErrors.length)`;
const SINCE = `(from) => JSON.stringify(window.__ctlExtensionErrors.slice(from))`;

export async function watchExtensionScriptErrors(browser: Browser, origin: string): Promise<ExtensionScriptErrors> {
  const bidi = (browser as unknown as { connection: BidiSend }).connection;
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context: string | undefined = result.contexts?.[0]?.context;
  if (!context) throw new Error('Firefox: no browser window to watch extension errors from');
  await callInParent(bidi, context, LISTEN, origin);
  return {
    count: () => callInParent(bidi, context, COUNT, 0),
    since: (from) => callInParent(bidi, context, SINCE, from),
  };
}

/** Where an extension page's hook keeps its errors (a symbol the page's own code never uses). */
export const PAGE_ERROR_KEY = 'ctl-e2e-errors';

/** Runs in an extension page: collects its errors from now on (idempotent). */
export function installPageHook(key: string): void {
  const w = window as unknown as Record<symbol, string[] | undefined>;
  const symbol = Symbol.for(key);
  if (w[symbol]) return;
  const buffer: string[] = (w[symbol] = []);
  const text = (value: unknown): string => {
    if (value instanceof Error) return value.message;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    buffer.push(`console: ${args.map(text).join(' ')}`);
    original(...args);
  };
  addEventListener('error', (event) => buffer.push(`pageerror: ${event.error ? text(event.error) : event.message}`));
  addEventListener('unhandledrejection', (event) => buffer.push(`pageerror: ${text(event.reason)}`));
}

/** Runs in an extension page: what the hook collected since the last call, and where the page is now. */
export function takePageErrors(key: string): { href: string; errors: string[] } {
  const errors = (window as unknown as Record<symbol, string[] | undefined>)[Symbol.for(key)]?.splice(0) ?? [];
  return { href: location.href, errors };
}

/** Files the page loaded (its scripts and their imports), to tell its load errors from others'. */
export function pageFiles(): string[] {
  const scripts = [...document.scripts].map((s) => s.src).filter(Boolean);
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...new Set([location.href, ...scripts, ...resources])];
}
