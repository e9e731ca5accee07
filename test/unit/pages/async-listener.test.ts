import { describe, expect, it, vi } from 'vitest';
import { asyncListener } from '../../../src/extension/pages/async-listener';

// A DOM listener drops the promise an async handler returns: without asyncListener a failure
// would be an unhandled rejection and the page would say nothing.
describe('asyncListener', () => {
  it('hands a failed handler to onFailure instead of leaving the rejection unhandled', async () => {
    const button = document.createElement('button');
    const onFailure = vi.fn();
    const boom = new Error('the background restarted');
    button.addEventListener(
      'click',
      asyncListener(async () => {
        await Promise.resolve();
        throw boom;
      }, onFailure),
    );
    button.click();
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledWith(boom));
  });

  it('runs the handler with the event, synchronously up to its first await (preventDefault still works)', () => {
    const form = document.createElement('form');
    const onFailure = vi.fn();
    form.addEventListener(
      'submit',
      asyncListener(async (event) => {
        event.preventDefault();
        await Promise.resolve();
      }, onFailure),
    );
    const event = new Event('submit', { cancelable: true });
    form.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onFailure).not.toHaveBeenCalled();
  });
});
