/**
 * Runs long work in slices that each stay well under the 50 ms long-task line, starting when the page
 * is idle (requestIdleCallback, with a timeout fallback where it is missing).
 */

/** Longest stretch one slice may run before yielding back to the page. */
export const SLICE_MS = 8;

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

export function whenIdle(callback: () => void, timeout = 300): () => void {
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: IdleCallback, options?: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(() => callback(), { timeout });
    return () => w.cancelIdleCallback!(handle);
  }
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
}

/**
 * Steps `step` repeatedly, SLICE_MS at a time, yielding to the page between slices; `step` returns
 * false when there is nothing left. Resolves when done or when `isCancelled()` turns true.
 */
export async function runSliced(step: () => boolean | Promise<boolean>, isCancelled: () => boolean): Promise<void> {
  let more = true;
  while (more && !isCancelled()) {
    await new Promise<void>((resolve) => whenIdle(resolve));
    const end = performance.now() + SLICE_MS;
    do {
      more = await step();
    } while (more && performance.now() < end && !isCancelled());
  }
}
