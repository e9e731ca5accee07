// Settings that change what is shown: trusting a site (from the popup) hides its warnings, and
// a change of profile in the options page takes effect on the open page.
import { describe, expect, it } from 'vitest';
import type { FindingSummary, OptionsState } from '../../../src/extension/protocol';
import { riskSet, startsWith, uiString } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';
import { chromiumSuite } from './chromium-suite';
import { markerCount } from './ui-probe';

const PAGE = '/e2e/loan-offer.html'; // one info, one caution and one danger finding

describe('Chromium: trusting a site', () => {
  const session = chromiumSuite();

  it('信任此网站 in the popup hides the warnings on that site, and only there', async () => {
    const s = session();
    const page = await s.open(PAGE);
    await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    await waitUntil(() => markerCount(page).then((n) => n > 0), { what: 'markers on the page' });

    const popup = await s.openPopup(tabId);
    await popup.getByRole('button', { name: uiString('popup', 'popup_trustSite') }).click();
    await popup.getByRole('button', { name: uiString('popup', 'popup_trustYes') }).click();
    await waitUntil(async () => (await s.popupState(tabId)).trusted, { what: 'the site to be trusted' });
    expect((await s.send<OptionsState>({ type: 'mingbai/getOptionsState' })).settings.trustedSites).toContain('127.0.0.1');

    // The open page drops its warnings (configChanged), and a reload does not bring them back.
    await page.bringToFront();
    await page.reload();
    await waitUntil(async () => ((await s.findings(tabId))?.findings.length ?? 0) === 0 && (await s.badgeText(tabId)) === '', {
      what: 'no findings and no badge on the trusted site',
    });

    // The same page on another host (localhost) still warns: trust is per site.
    const other = await s.context.newPage();
    await other.goto(s.server.url(PAGE).replace('127.0.0.1', 'localhost'));
    await s.waitForScan(other, (t) => t.findings.length > 0);
    await waitUntil(() => markerCount(other).then((n) => n > 0), { what: 'markers on localhost' });
    // By now the trusted page has long been scanned (or skipped): still nothing there.
    expect(await markerCount(page)).toBe(0);
  });
});

describe('Chromium: sensitivity profiles', () => {
  const session = chromiumSuite();

  const severities = (fs: FindingSummary[]) => new Set(fs.map((f) => f.severity));

  it('standard → elder shows info findings; relaxed hides caution; the open page follows', async () => {
    const s = session();
    const page = await s.open(PAGE);
    const standard = await s.waitForScan(page, (t) => t.findings.length > 0);
    const tabId = await s.tabIdOf(page);
    expect(severities(standard.findings).has('info'), 'standard shows no info finding').toBe(false);
    expect(severities(standard.findings).has('caution')).toBe(true);

    const options = await s.openOptions();
    const choose = async (profile: 'elder' | 'relaxed' | 'standard') => {
      await options.getByRole('radio', { name: startsWith(uiString('options', `options_profile_${profile}`)) }).check();
      await waitUntil(
        async () => (await s.send<OptionsState>({ type: 'mingbai/getOptionsState' })).settings.sensitivity === profile,
        {
          what: `the ${profile} profile to be saved`,
        },
      );
    };

    await choose('elder');
    const elder = await waitUntil(
      async () => {
        const t = await s.findings(tabId);
        return t && severities(t.findings).has('info') ? t : undefined;
      },
      { what: 'an info finding on the open page after choosing 长辈' },
    );
    expect(riskSet(elder.findings)).toEqual(expect.arrayContaining(riskSet(standard.findings)));
    expect(await s.badgeText(tabId)).toBe(String(elder.findings.length));

    await choose('relaxed');
    const relaxed = await waitUntil(
      async () => {
        const t = await s.findings(tabId);
        return t && t.findings.length > 0 && !severities(t.findings).has('caution') && !severities(t.findings).has('info')
          ? t
          : undefined;
      },
      { what: 'only danger findings after choosing 宽松' },
    );
    expect(riskSet(relaxed.findings)).toEqual(riskSet(elder.findings.filter((f) => f.severity === 'danger')));
    expect(await s.badgeText(tabId)).toBe(String(relaxed.findings.length));
    // Markers show once placed, a frame or two after the findings (marker-layer.ts).
    await waitUntil(() => markerCount(page).then((n) => n > 0), { what: 'markers after choosing 宽松' });
  });
});
