// Elder profile: on a page with high-risk findings, submitting a form first asks "提交之前，请再想一想".
// It names the boxes the page ticked for the reader. Cancelling keeps the data on the page;
// confirming lets the submit through to the server.
import { describe, expect, it } from 'vitest';
import { dialogNodes, clickNode, type UiAccessibility } from '../harness/closed-shadow';
import { contentText } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

function buttonNamed(ui: UiAccessibility, name: string): number {
  const node = ui.nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  if (!node?.backendDOMNodeId)
    throw new Error(
      `no button named "${name}" in Mingbai's UI (buttons: ${ui.nodes
        .filter((n) => n.role?.value === 'button')
        .map((n) => n.name?.value)
        .join(' | ')})`,
    );
  return node.backendDOMNodeId;
}

describe('Chromium: elder-mode confirmation before submit', () => {
  const session = chromiumSuite();

  it('asks before submitting; 我再想想 cancels, 我已了解，继续提交 submits', async () => {
    const s = session();
    expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
    const page = await s.open('/e2e/elder-submit.html');
    await s.waitForScan(page, (t) => t.findings.some((f) => f.severity === 'danger'));
    const ui = await viewUi(page);
    try {
      const askedBefore = s.server.submissions.length;
      const guardTitle = contentText('content_guardTitle');
      const waitGuard = () =>
        waitUntil(
          async () => {
            const seen = await ui.read();
            return dialogNodes(seen).length > 0 && seen.text.includes(guardTitle) ? seen : undefined;
          },
          { what: `the "${guardTitle}" dialog` },
        );

      // Submit → the question, and nothing sent.
      await page.click('#submit');
      let seen = await waitGuard();
      expect(s.server.submissions.length).toBe(askedBefore);
      // It names the box the page ticked for the reader, by its label.
      expect(seen.text).toContain('“同意开通会员权益包（29元/月），自动续费”');
      await clickNode(page, ui.cdp, buttonNamed(seen, contentText('content_guardCancel')));
      await waitUntil(async () => !(await ui.read()).text.includes(guardTitle), { what: 'the dialog to close after 我再想想' });
      expect(s.server.submissions.length).toBe(askedBefore);
      expect(new URL(page.url()).pathname).toBe('/e2e/elder-submit.html');

      // Submit again → confirm → the form reaches the server.
      await page.click('#submit');
      seen = await waitGuard();
      await Promise.all([
        page.waitForURL(/\/submit$/),
        clickNode(page, ui.cdp, buttonNamed(seen, contentText('content_guardContinue'))),
      ]);
      expect(s.server.submissions.length).toBe(askedBefore + 1);
      expect(s.server.submissions.at(-1)!.body).toContain('name=');
      await page.locator('#submitted').waitFor();
    } finally {
      await ui.close();
    }
  });
});
