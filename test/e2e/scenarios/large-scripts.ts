// The quick read in a real content script (src/core/read/raw-text.ts): a page's large inline
// scripts are left out of the raw text by Range reads, and the text on either side of one is
// joined, as the snapshot joins it. On the page, one of the four loan words that make it a loan
// page is split by 6k characters of app state (随借<script>…</script>随还): reading the script's
// text in between, the quick read saw three words and ruled the page out as `other`.
import { expect, it } from 'vitest';
import type { ScenarioBrowser, ScenarioTab } from './scenario-browser';

const PAGE = '/e2e/app-state-offer.html';

export function largeScriptCases<P extends ScenarioTab>(b: ScenarioBrowser<P>): void {
  it(`${b.name}: a loan offer split by a large inline script is read as a loan page`, async () => {
    const s = b.session();
    const page = await s.open(PAGE);
    const tab = await s.waitForScan(page, (t) => t.kind !== 'other').catch(async () => s.waitForScan(page));
    expect(tab.kind, 'the kind the content script reported').toBe('loan');
  });
}
