/** Idle scheduling: a slice waits a little for an idle period with room for it, never for long. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PATIENCE_MS, SLICE_MS, whenIdle } from '../../src/content/scheduler';

type Deadline = { timeRemaining(): number; didTimeout: boolean };

/** A stand-in for the browser's idle callbacks: the test hands out the idle periods. */
function fakeIdle() {
  const waiting = new Map<number, { callback: (deadline: Deadline) => void; timeout: number }>();
  let next = 1;
  const g = globalThis as Record<string, unknown>;
  g.requestIdleCallback = (callback: (deadline: Deadline) => void, options: { timeout: number }) => {
    waiting.set(next, { callback, timeout: options.timeout });
    return next++;
  };
  g.cancelIdleCallback = (handle: number) => waiting.delete(handle);
  return {
    waiting,
    /** An idle period of `ms`, or one forced by the timeout. */
    idle(ms: number, didTimeout = false) {
      const due = [...waiting.values()];
      waiting.clear();
      for (const { callback } of due) callback({ timeRemaining: () => ms, didTimeout });
    },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).requestIdleCallback;
  delete (globalThis as Record<string, unknown>).cancelIdleCallback;
  vi.restoreAllMocks();
});

describe('whenIdle', () => {
  it('lets scraps of idle time between frames pass, and runs in the first period with room for a slice', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    whenIdle(run);
    idle.idle(2);
    idle.idle(SLICE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    expect(idle.waiting.size).toBe(1);
    idle.idle(SLICE_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(idle.waiting.size).toBe(0);
  });

  it('takes a shorter idle period once it has waited PATIENCE_MS, and runs anyway at its timeout', () => {
    const idle = fakeIdle();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const run = vi.fn();
    whenIdle(run, 300);
    now += PATIENCE_MS - 10;
    idle.idle(1);
    expect(run).not.toHaveBeenCalled();
    // The second wait asks only for what is left of the first one's timeout.
    expect([...idle.waiting.values()][0]!.timeout).toBe(300 - (PATIENCE_MS - 10));
    now += 10;
    idle.idle(1);
    expect(run).toHaveBeenCalledTimes(1);

    // A page that is never idle: the browser calls back at the timeout.
    const forced = vi.fn();
    whenIdle(forced);
    idle.idle(0, true);
    expect(forced).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled, also while it waits for a longer idle period', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    const cancel = whenIdle(run);
    idle.idle(1);
    cancel();
    expect(idle.waiting.size).toBe(0);
    idle.idle(50);
    expect(run).not.toHaveBeenCalled();
  });

  it('falls back to a short timer where idle callbacks are missing', async () => {
    const run = vi.fn();
    whenIdle(run);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
