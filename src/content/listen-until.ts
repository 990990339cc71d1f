/**
 * Adds a listener to a page object until `signal` aborts. Not the `signal` option of addEventListener:
 * Firefox ignores a content script's signal on the page's objects (the listener outlives the abort), so
 * the removal is done here, on the signal's own abort event.
 */
export function listenUntil<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  listener: (event: WindowEventMap[K]) => void,
  signal: AbortSignal,
  options: { capture?: boolean; passive?: boolean } = {},
): void {
  if (signal.aborted) return;
  target.addEventListener(type, listener, options);
  signal.addEventListener('abort', () => target.removeEventListener(type, listener, options), { once: true });
}
