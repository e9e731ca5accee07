// Resolves once the browser has drawn one more frame (rAF, then the task after that frame).
//
// Why the page UI waits for it: Chromium does its own one-off work in the first rendering update
// after the load event (ChromeRenderFrameObserver::CapturePageText reads the page's text: 34–65 ms
// in traces of the 100k-element bench page, with or without any extension). On a page that draws nothing
// after load, the frame that shows our warning would be that first update, and the two would make
// one long task. Drawn a frame later, they are two shorter ones (docs/decisions/0009).
export function afterNextFrame(win: Window | null, maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (!win || typeof win.requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      resolve();
    };
    // A hidden tab draws no frames: the UI is not held back for one.
    const timer = win.setTimeout(finish, maxWaitMs);
    // The callback runs inside the frame's task; a timeout set there runs after that task.
    win.requestAnimationFrame(() => win.setTimeout(finish, 0));
  });
}
