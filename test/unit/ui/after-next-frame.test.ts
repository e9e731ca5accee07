import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../../src/ui/after-next-frame';

/** A window whose frames the test draws by hand. */
function fakeWindow() {
  const frames: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window;
  const drawFrame = () => frames.splice(0).forEach((cb) => cb(0));
  return { win, drawFrame };
}

describe('afterNextFrame', () => {
  it('resolves in the task after the next frame, not inside it', async () => {
    const { win, drawFrame } = fakeWindow();
    const done = vi.fn();
    void afterNextFrame(win, 10_000).then(done);
    await new Promise((r) => setTimeout(r, 20));
    expect(done).not.toHaveBeenCalled();
    drawFrame();
    await Promise.resolve();
    expect(done).not.toHaveBeenCalled(); // the frame's own task is not over yet
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
  });

  it('does not wait forever where no frame comes (a hidden tab)', async () => {
    const { win } = fakeWindow();
    const started = Date.now();
    await afterNextFrame(win, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('resolves once, whichever comes first', async () => {
    const { win, drawFrame } = fakeWindow();
    const done = vi.fn();
    void afterNextFrame(win, 30).then(done);
    drawFrame();
    await new Promise((r) => setTimeout(r, 60));
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('works without requestAnimationFrame or a window', async () => {
    await expect(afterNextFrame(null)).resolves.toBeUndefined();
    await expect(afterNextFrame({} as Window)).resolves.toBeUndefined();
  });
});
