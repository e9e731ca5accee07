import { startChromium } from './harness/chromium-session';
const s = await startChromium();
try {
  const page = await s.open('/e2e/loan-offer.html');
  const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
  const id = await s.tabIdOf(page);
  console.log('tab', id, tab.findings.length, JSON.stringify(await s.popupState(id)).slice(0, 300));
  const popup = await s.openPopup(id);
  await popup.waitForTimeout(1500);
  console.log('POPUP', (await popup.locator('body').innerText()).slice(0, 600));
  const o = await s.openOptions();
  await o.waitForTimeout(1500);
  console.log('OPTIONS', (await o.locator('body').innerText()).slice(0, 400));
  await o.screenshot({ path: '/tmp/e2e-smoke/options.png' });
} finally { await s.close(); }
