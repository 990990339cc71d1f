/**
 * Long work runs in slices that each stay well under the 50 ms long-task line, and each slice waits
 * for an idle period with room for it (requestIdleCallback, with a timeout fallback where it is
 * missing). Right after a load the first idle periods are often scraps between frames, while the
 * browser's other processes still take the cores; work squeezed into them stretches in wall-clock
 * time and crowds the page's next frame.
 */

/** Longest stretch one slice may run before yielding back to the page. */
export const SLICE_MS = 8;

interface IdleDeadline {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}
type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Calls `callback` in the first idle period that has SLICE_MS left, or once `timeout` ms have passed
 * whatever the page is doing (a page that animates without pause still gets its turn). Returns a
 * function that cancels the call.
 */
export function whenIdle(callback: () => void, timeout = 300): () => void {
  const w = globalThis as IdleWindow;
  if (!w.requestIdleCallback || !w.cancelIdleCallback) {
    const handle = setTimeout(callback, 16);
    return () => clearTimeout(handle);
  }
  const idle = w as Required<IdleWindow>;
  const giveUpAt = performance.now() + timeout;
  const attempt = (deadline: IdleDeadline) => {
    const left = giveUpAt - performance.now();
    if (deadline.didTimeout || left <= 0 || deadline.timeRemaining() >= SLICE_MS) callback();
    else handle = idle.requestIdleCallback(attempt, { timeout: left });
  };
  let handle = idle.requestIdleCallback(attempt, { timeout });
  return () => idle.cancelIdleCallback(handle);
}
