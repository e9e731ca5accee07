// Elder-first reading (issue 17): a popover opens with three short lines (what it means, what to
// do, whom to call) and folds the details and sources; at 360 px and the largest text size it
// fits with no sideways scroll; read-aloud shows its state or says there is no on-device Chinese
// voice; icons are drawn, not emoji; the Chinese UI says nothing in English.
import { describe, expect, it } from 'vitest';
import { boxOf, clickNode, dialogNodes } from '../harness/closed-shadow';
import { contentText } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

describe('Chromium: reading a warning', () => {
  const session = chromiumSuite();

  it('three lines first, details folded, fits 360 px at the largest text, read-aloud says what it does', async () => {
    const s = session();
    expect((await s.updateSettings({ sensitivity: 'elder', textScale: 2, readAloud: true })).ok).toBe(true);
    const page = await s.open('/e2e/loan-offer.html');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    const tab = await s.waitForScan(page, (t) => t.findings.length > 0);
    const ui = await viewUi(page);
    try {
      const marker = await ui.clickableMarker(await ui.markers());
      const text = await ui.openPopover(marker);
      const dialogName = dialogNodes(await ui.read())[0]!.name?.value ?? '';
      const finding = tab.findings.find(
        (f) => marker.name?.value?.includes(f.title) && (dialogName === f.title || dialogName.includes('条')),
      )!;
      expect(finding, `the finding of "${marker.name?.value}"`).toBeTruthy();
      for (const part of [finding.explain, finding.advice, finding.hotline]) expect(text).toContain(part);
      // The sources are folded away until asked for.
      expect(text).toContain(contentText('content_moreDetails'));
      expect(text).not.toContain(finding.sources[0]!.document);
      // No emoji, no English developer words in what the reader hears (the page's own quotes are folded).
      expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text.replace(/\d+/g, '')).not.toMatch(/[A-Za-z]{3,}/);

      const dialog = dialogNodes(await ui.read())[0]!;
      const box = await boxOf(ui.cdp, dialog.backendDOMNodeId!);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      // 朗读: reading with a 停止 button, or a plain notice that there is no on-device Chinese voice.
      const read = (await ui.read()).nodes.find(
        (n) => n.role?.value === 'button' && (n.name?.value ?? '').includes(contentText('content_readAloud')),
      );
      expect(read, 'a 朗读 button with its word').toBeTruthy();
      await clickNode(page, ui.cdp, read!.backendDOMNodeId!);
      const outcome = await waitUntil(
        async () => {
          const now = (await ui.read()).text;
          if (now.includes(contentText('content_noVoice'))) return 'no-voice';
          if (now.includes(contentText('content_reading'))) return 'reading';
          return undefined;
        },
        { what: 'read-aloud to say what it does' },
      );
      if (outcome === 'reading') {
        const stop = (await ui.read()).nodes.find(
          (n) => n.role?.value === 'button' && n.name?.value?.includes(contentText('content_stopReading')),
        );
        expect(stop, 'a 停止朗读 button while reading').toBeTruthy();
        await clickNode(page, ui.cdp, stop!.backendDOMNodeId!);
        await waitUntil(async () => !(await ui.read()).text.includes(contentText('content_reading')), {
          what: 'reading to stop',
        });
      }
      const voices = await page.evaluate(
        () =>
          speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').startsWith('zh'))
            .length,
      );
      expect(outcome).toBe(voices > 0 ? 'reading' : 'no-voice');
    } finally {
      await ui.close();
    }
  });
});
