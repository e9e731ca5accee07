import { describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from '../../../src/extension/content/after-page-load';

function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  return Object.assign(target, {
    document: { readyState },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  }) as unknown as Window;
}

describe('afterPageLoad', () => {
  it('resolves at once on a page that has loaded', async () => {
    await expect(afterPageLoad(fakeWindow('complete'))).resolves.toBeUndefined();
  });

  it('waits for the load event', async () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow('interactive');
      let resolved = false;
      const waiting = afterPageLoad(win, 3000).then(() => (resolved = true));
      await vi.advanceTimersByTimeAsync(1000);
      expect(resolved).toBe(false);
      win.dispatchEvent(new Event('load'));
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up waiting after maxWaitMs when load never comes', async () => {
    vi.useFakeTimers();
    try {
      let resolved = false;
      const waiting = afterPageLoad(fakeWindow('loading'), 3000).then(() => (resolved = true));
      await vi.advanceTimersByTimeAsync(2999);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      await waiting;
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
