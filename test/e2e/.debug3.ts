import { startChromium } from './harness/chromium-session';
import { viewUi } from './chromium/ui-probe';
import { markerNodes } from './harness/closed-shadow';
const s = await startChromium();
try {
  await s.updateSettings({ sensitivity: 'elder' });
  const p3 = await s.open('/fixtures/food-licence-images-only.html');
  await s.waitForScan(p3, (t) => t.findings.length > 0);
  const ui = await viewUi(p3);
  console.log('before', markerNodes(await ui.read(), /^风险/).length);
  await p3.locator('.qualification').scrollIntoViewIfNeeded();
  for (let i = 0; i < 10; i++) { await p3.waitForTimeout(300); console.log('after scroll', await p3.evaluate(() => scrollY), markerNodes(await ui.read(), /^风险/).length); }
  await p3.mouse.wheel(0, 100);
  await p3.waitForTimeout(500);
  console.log('after wheel', markerNodes(await ui.read(), /^风险/).length);
} finally { await s.close(); }
