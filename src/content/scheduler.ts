/**
 * Long work runs in slices that each stay well under the 50 ms long-task line, and each slice waits
 * for an idle period with room for it (requestIdleCallback, with a timeout fallback where it is
 * missing). Right after a load the first idle periods are often scraps between frames, while the
 * browser's other processes still take the cores; work squeezed into them stretches in wall-clock
 * time and crowds the page's next frame.
 */

/** Longest stretch one slice may run before yielding back to the page. */
export const SLICE_MS = 8;

/**
 * How long a slice of a longer run holds out for an idle period with room for it. Past that it takes
 * the next idle period of any length: on a page that leaves less than SLICE_MS per frame all the time,
 * waiting for room would hold every slice of the run to its timeout.
 */
export const PATIENCE_MS = 50;

/** The DOM's idle callbacks, which some engines (and the unit tests' DOM) lack. */
type IdleWindow = Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/**
 * Calls `callback` in the first idle period that has SLICE_MS left, in any idle period once it has
 * waited `patience` ms, and in any case once `timeout` ms have passed (a page that is never idle still
 * gets its turn). Returns a function that cancels the call.
 */
export function whenIdle(callback: () => void, timeout = 300, patience = PATIENCE_MS): () => void {
  const w = globalThis as IdleWindow;
  if (!w.requestIdleCallback || !w.cancelIdleCallback) {
    const handle = setTimeout(callback, 16);
    return () => clearTimeout(handle);
  }
  const idle = w as Required<IdleWindow>;
  const asked = performance.now();
  const attempt = (deadline: IdleDeadline) => {
    const waited = performance.now() - asked;
    if (deadline.didTimeout || waited >= patience || deadline.timeRemaining() >= SLICE_MS) callback();
    else handle = idle.requestIdleCallback(attempt, { timeout: Math.max(1, timeout - waited) });
  };
  let handle = idle.requestIdleCallback(attempt, { timeout });
  return () => idle.cancelIdleCallback(handle);
}

/**
 * Resolves in the next idle period with room for a slice (as whenIdle), or at once when `signal` aborts,
 * leaving no listener behind either way.
 */
export function nextIdle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = () => {
      cancel();
      resolve();
    };
    const cancel = whenIdle(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
