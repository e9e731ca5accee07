import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtensionLifetime } from '../../../src/extension/content/extension-lifetime';
import { ContentScriptContext } from '../../../src/extension/content/silent-script-context';

const WXT_STOP = 'abcdefghijklmnopabcdefghijklmnop:content:wxt:content-script-started';

describe('the content script context (no handshake with the page)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('posts nothing to the page and dispatches no event when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatchedOnDoc = vi.spyOn(document, 'dispatchEvent');
    const dispatchedOnWin = vi.spyOn(window, 'dispatchEvent');
    new ContentScriptContext('content');
    expect(posted).not.toHaveBeenCalled();
    expect(dispatchedOnDoc).not.toHaveBeenCalled();
    expect(dispatchedOnWin).not.toHaveBeenCalled();
  });

  it("is not ended by WXT's stop message or event sent by the page", async () => {
    const lifetime = new ExtensionLifetime(() => true, 10);
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(WXT_STOP, { detail }));
    window.dispatchEvent(new CustomEvent(WXT_STOP, { detail }));
    window.postMessage({ type: WXT_STOP, ...detail }, '*');
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).not.toHaveBeenCalled();
    expect(lifetime.isValid).toBe(true);
    lifetime.notifyInvalidated();
  });

  it('ends once when the extension is gone (runtime id undefined), noticed by its poll', async () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = new ExtensionLifetime(() => alive, 5000);
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    await vi.advanceTimersByTimeAsync(12_000);
    expect(ended).not.toHaveBeenCalled();
    alive = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.isInvalid).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('treats a throwing runtime check as gone, and asks isInvalid without waiting for the poll', () => {
    const lifetime = new ExtensionLifetime(() => {
      throw new Error('Extension context invalidated');
    });
    expect(lifetime.isInvalid).toBe(true);
  });
});
