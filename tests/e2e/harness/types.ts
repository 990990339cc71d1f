/**
 * What a scenario may do with a browser, independent of the driver (playwright-core for Chromium,
 * puppeteer-core for Firefox): scenarios are written once against these interfaces.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface PageHandle {
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (for extension pages: with extension APIs) and returns its JSON-able result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source text in the page (e.g. axe-core), bypassing the page's CSP as devtools do. */
  addScript(source: string): Promise<void>;
  /** Polls `fn` in the page until it returns a truthy value, which it returns. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /**
   * Shows this tab, as a reader's click on it does. Browsers paint (and run animation frames and
   * intersection observers) only for the tab in front: Firefox keeps the tab that opened last in front,
   * which is often the extension page a scenario used to change settings.
   */
  bringToFront(): Promise<void>;
  /** Mouse and keyboard input goes to the tab in front: these bring theirs there first. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Key names as in playwright: "Escape", "Tab", "Alt+Shift+KeyN". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Errors the page logged or threw since it opened. */
  errors(): readonly string[];
  close(): Promise<void>;
}

/** What each browser driver provides; the rest of ExtensionBrowser is built on it once for both. */
export interface Driver {
  readonly name: BrowserName;
  readonly extensionId: string;
  /** A new tab at a URL. */
  open(url: string): Promise<PageHandle>;
  /** The user clicks the extension's toolbar button on this page's tab, which grants it activeTab there. */
  clickAction(page: PageHandle): Promise<void>;
  /** "chrome-extension://ID/" or "moz-extension://UUID/". */
  readonly extensionOrigin: string;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly extensionId: string;
  /** Origin of the fixture server, e.g. http://127.0.0.1:43121 */
  readonly serverOrigin: string;
  /** A new tab at a page of the fixture server (path starting with "/") or any URL. */
  openPage(pathOrUrl: string): Promise<PageHandle>;
  /** A new tab at an extension page, e.g. "src/popup/index.html?tab=3". */
  openExtensionPage(pathAndQuery: string): Promise<PageHandle>;
  /** The popup page, opened as a tab (query e.g. "?tab=12" or "?compare=city:beijing,city:shenzhen"). */
  openPopup(query?: string): Promise<PageHandle>;
  openOptions(): Promise<PageHandle>;
  /**
   * The user clicks the toolbar button on this page's tab: Chrome then shows the extension the tab's
   * address (activeTab), which the popup needs on a page whose content script never woke.
   */
  clickAction(page: PageHandle): Promise<void>;
  /** The browser's id of the tab showing `page` (once its content script answers). */
  tabIdOf(page: PageHandle): Promise<number>;
  /** Runs `fn` in an extension page, where `chrome`/`browser` extension APIs are available. */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. "zh-CN". */
  readonly lang?: string;
  /**
   * false: loads the extension built to paint without the CSS Custom Highlight API (build.ts, variant
   * 'no-highlight-api'), so the content script uses its fallback mark boxes. No flag or pref turns the
   * API off in today's Chromium or Firefox, so the build stands in for a browser without it.
   */
  readonly highlightApi?: boolean;
}
