// Risky sample pages: the findings the browser shows are exactly what the page's .expect.json
// says (at the elder profile, like test/fixtures/fixture-pages.test.ts), each with a marker a
// screen reader can find, and a popover that says what it is, what to do, whom to call and who
// said so.
import { describe, expect, it } from 'vitest';
import { riskyFixtures } from '../harness/sample-pages';
import { expectedPopoverParts, riskSet, ruleMessages } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { viewUi } from './ui-probe';

const pages = riskyFixtures();

describe('Chromium: risky sample pages', () => {
  const session = chromiumSuite();

  it('there are risky sample pages for loans, food delivery and training courses', () => {
    const kinds = new Set(pages.map((p) => p.expect.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['food-delivery', 'loan', 'training-course']));
  });

  for (const sample of pages) {
    it(`${sample.name}: findings, markers and popover`, async () => {
      const s = session();
      expect((await s.updateSettings({ sensitivity: 'elder' })).ok).toBe(true);
      if (sample.expect.memory) await s.seedLicenceMemory(sample.expect.memory);
      const page = await s.open(sample.path);
      const expected = [...sample.expect.risks].sort();
      const tabId = await s.tabIdOf(page);
      // Rescans may still be arriving: wait for the expected set, then compare (a clear diff on failure).
      await waitUntil(
        async () => JSON.stringify(riskSet((await s.findings(tabId))?.findings ?? [])) === JSON.stringify(expected),
        {
          what: `risks ${expected.join(', ')}`,
          timeoutMs: 15_000,
        },
      ).catch(() => undefined);
      const tab = (await s.findings(tabId))!;
      expect(tab, 'the content script reported a scan').toBeTruthy();
      expect(riskSet(tab.findings)).toEqual(expected);
      for (const [risk, severity] of Object.entries(sample.expect.severities ?? {})) {
        expect(tab.findings.find((f) => f.risk === risk)?.severity, risk).toBe(severity);
      }
      // Every finding speaks with its rule's words.
      const messages = ruleMessages();
      for (const f of tab.findings) {
        expect(
          messages.some((m) => m.ruleId === f.ruleId && m.title === f.title && m.advice === f.advice && m.hotline === f.hotline),
          f.ruleId,
        ).toBe(true);
      }
      expect(await s.badgeText(tabId)).toBe(String(tab.findings.length));

      const ui = await viewUi(page);
      try {
        const markers = await ui.markers();
        const { hosts } = await ui.read();
        expect(hosts.length).toBeGreaterThan(0);
        for (const h of hosts) expect(h.shadowRootTypes, `host <${h.tag}>`).toEqual(['closed']);
        // The marker's accessible name carries the finding's title; its popover says the rest.
        // (A marker under Mingbai's own page banner cannot be clicked: take one that can.)
        const marker = await ui.clickableMarker(markers);
        const name = marker.name?.value ?? '';
        const finding = tab.findings.find((f) => name.includes(f.title));
        expect(finding, `a finding titled in "${name}"`).toBeTruthy();
        await ui.openPopover(marker);
        // Details and sources are folded (issue 17): open every fold, as a reader would.
        const text = await ui.openFolds();
        for (const part of expectedPopoverParts(finding!)) expect(text).toContain(part);
      } finally {
        await ui.close();
      }
    });
  }
});
