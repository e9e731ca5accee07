import { describe, expect, it } from 'vitest';
import { IDLE_TIMEOUT_MS, makeYieldToPage } from '../../../src/extension/content/yield-to-page';

/** A window-like global that records which way the scan yielded. */
function fakeGlobal(options: { idle?: boolean; yield?: boolean; hidden?: boolean }) {
  const calls: string[] = [];
  const g: Record<string, unknown> = { document: { hidden: options.hidden ?? false } };
  if (options.idle) {
    g.requestIdleCallback = (callback: () => void, o?: { timeout: number }) => {
      calls.push(`idle:${o?.timeout}`);
      setTimeout(callback, 0);
      return 1;
    };
  }
  if (options.yield) {
    g.scheduler = {
      yield() {
        calls.push('yield');
        return Promise.resolve();
      },
    };
  }
  return { global: g as unknown as typeof globalThis, calls };
}

describe('makeYieldToPage', () => {
  it('waits for idle time on a visible page, with a timeout', async () => {
    const { global, calls } = fakeGlobal({ idle: true, yield: true });
    await makeYieldToPage(global)();
    expect(calls).toEqual([`idle:${IDLE_TIMEOUT_MS}`]);
  });

  it('uses scheduler.yield in a hidden tab, which has no idle periods', async () => {
    const { global, calls } = fakeGlobal({ idle: true, yield: true, hidden: true });
    const yieldToPage = makeYieldToPage(global);
    await yieldToPage();
    (global as unknown as { document: { hidden: boolean } }).document.hidden = false;
    await yieldToPage();
    expect(calls).toEqual(['yield', `idle:${IDLE_TIMEOUT_MS}`]);
  });

  it('falls back to scheduler.yield, then to a macrotask', async () => {
    const withYield = fakeGlobal({ yield: true });
    await makeYieldToPage(withYield.global)();
    expect(withYield.calls).toEqual(['yield']);
    const bare = fakeGlobal({});
    let resolved = false;
    const pending = makeYieldToPage(bare.global)().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    await pending;
    expect(resolved).toBe(true);
  });
});
