// The first scan waits for the page's load event, so that our work never delays it (the bench
// measures page load with and without the extension). A page whose load never comes (a hung
// image or ad) is scanned anyway after `maxWaitMs`.
export function afterPageLoad(win: Window, maxWaitMs = 3000): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.removeEventListener('load', onLoad);
      win.clearTimeout(timer);
      // One more turn, so load handlers of the page itself run before us.
      win.setTimeout(resolve, 0);
    };
    const onLoad = () => done();
    const timer = win.setTimeout(done, maxWaitMs);
    win.addEventListener('load', onLoad, { once: true });
  });
}
