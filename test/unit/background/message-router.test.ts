// @vitest-environment node
// The background's message handling on in-memory stores: what content scripts may and may not
// do, the config a page gets, the badge and the popup's view.
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { SettingsService } from '../../../src/settings/settings-service';
import { ImportedPackStore } from '../../../src/extension/background/imported-packs';
import { LicenceMemoryStore } from '../../../src/extension/background/licence-memory-store';
import { MessageRouter } from '../../../src/extension/background/message-router';
import { TabFindingsStore } from '../../../src/extension/background/tab-findings';
import { WrongReportStore } from '../../../src/extension/background/wrong-reports';
import type { ContentConfig, FindingSummary, OptionsState, PopupState, TabFindings } from '../../../src/extension/protocol';
import { familyPack } from './family-pack';

const content = { tabId: 7, frameId: 0, fromExtensionPage: false };
const page = { fromExtensionPage: true };
let router: MessageRouter;
let badges: Array<[number, number]>;
let announcements: number;
let settings: SettingsService;
let local: MemoryStore;

const finding = (index: number, severity: FindingSummary['severity']): FindingSummary => ({
  index,
  ruleId: 'loan.apr-over-cap.stated',
  risk: 'loan.apr-over-cap',
  severity,
  title: '利息太高',
  explain: 'e',
  advice: 'a',
  hotline: '12378',
  sources: [],
  evidence: [{ text: '年化36%' }],
});

beforeEach(() => {
  local = new MemoryStore();
  settings = new SettingsService(local);
  badges = [];
  announcements = 0;
  router = new MessageRouter({
    settings,
    packs: new ImportedPackStore(local, []),
    memory: new LicenceMemoryStore(local),
    reports: new WrongReportStore(local),
    tabs: new TabFindingsStore(new MemoryStore()),
    lang: (hint?: string) => (hint?.startsWith('en') ? 'en' : 'zh'),
    showBadge: async (tabId: number, tab: TabFindings) => void badges.push([tabId, tab?.findings.length ?? 0]),
    announceChange: async () => void announcements++,
    now: () => Date.UTC(2026, 0, 1),
  });
});

describe('content-script messages', () => {
  it('getConfig: trusted by host (www-insensitive), dismissed rules for that host and packs', async () => {
    await settings.update({ trustedSites: ['bank.example'] }, undefined);
    await settings.dismissRule('https://shop.example/a', 'food.license-missing.no-licence', undefined);
    await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060012345', shopName: '张记' }, content);
    await router.handle({ type: 'mingbai/importPack', fileName: 'f.json', text: JSON.stringify(familyPack()) }, page);

    const bank = (await router.handle(
      { type: 'mingbai/getConfig', url: 'https://www.bank.example/login' },
      content,
    )) as ContentConfig;
    expect(bank.trusted).toBe(true);
    const sub = (await router.handle(
      { type: 'mingbai/getConfig', url: 'https://evil.bank.example.attacker.example/' },
      content,
    )) as ContentConfig;
    expect(sub.trusted).toBe(false);
    const shop = (await router.handle({ type: 'mingbai/getConfig', url: 'https://shop.example/menu' }, content)) as ContentConfig;
    expect(shop).toMatchObject({
      trusted: false,
      lang: 'zh',
      sensitivity: 'standard',
      locked: false,
      dismissedRules: ['food.license-missing.no-licence'],
    });
    expect(shop.importedPacks.map((p) => p.id)).toEqual(['family-extra']);
    const english = (await router.handle(
      { type: 'mingbai/getConfig', url: 'https://shop.example/menu', uiLanguage: 'en-GB' },
      content,
    )) as ContentConfig;
    expect(english.lang).toBe('en');
  });

  it('findings from the top frame set the badge and feed the popup', async () => {
    await router.handle(
      {
        type: 'mingbai/findings',
        url: 'https://loan.example/',
        kind: 'loan',
        findings: [finding(0, 'danger'), finding(1, 'info')],
      },
      content,
    );
    await router.handle(
      { type: 'mingbai/findings', url: 'https://ad.example/', kind: 'other', findings: [] },
      { ...content, frameId: 3 },
    );
    expect(badges).toEqual([[7, 2]]);
    const state = (await router.handle({ type: 'mingbai/getPopupState', tabId: 7 }, page)) as PopupState;
    expect(state).toMatchObject({ host: 'loan.example', trusted: false, pinSet: false, notice: null });
    expect(state.tab?.findings).toHaveLength(2);
  });

  it('a content script cannot change settings, read the options state or export', async () => {
    for (const message of [
      { type: 'mingbai/updateSettings', patch: { sensitivity: 'relaxed' } },
      { type: 'mingbai/trustSite', host: 'evil.example' },
      { type: 'mingbai/setPin', newPin: null },
      { type: 'mingbai/getOptionsState' },
      { type: 'mingbai/exportSettings' },
      { type: 'mingbai/importPack', fileName: 'x.json', text: JSON.stringify(familyPack()) },
      { type: 'mingbai/getTabFindings', tabId: 1 },
    ] as const) {
      expect(await router.handle(message as never, content)).toBeUndefined();
    }
    expect((await settings.load()).trustedSites).toEqual([]);
    expect((await settings.load()).sensitivity).toBe('standard');
  });

  it('reportWrong saves a local report and hides that rule on that site', async () => {
    expect(
      await router.handle(
        {
          type: 'mingbai/reportWrong',
          ruleId: 'loan.apr-over-cap.stated',
          url: 'https://loan.example/x?id=1',
          evidence: '年化36%',
        },
        content,
      ),
    ).toEqual({ ok: true, dismissed: true });
    const options = (await router.handle({ type: 'mingbai/getOptionsState' }, page)) as OptionsState;
    expect(options.reportCount).toBe(1);
    expect(options.settings.dismissed).toEqual({ 'loan.example': ['loan.apr-over-cap.stated'] });
    expect(announcements).toBe(1);
  });
});

describe('page messages', () => {
  it('trustSite with a PIN set: refused without it, accepted with it, and tabs are told', async () => {
    await router.handle({ type: 'mingbai/setPin', newPin: '2580' }, page);
    expect(await router.handle({ type: 'mingbai/trustSite', host: 'shop.example' }, page)).toEqual({
      ok: false,
      error: 'pin-required',
    });
    expect(announcements).toBe(0);
    expect(await router.handle({ type: 'mingbai/trustSite', host: 'shop.example', pin: '2580' }, page)).toEqual({ ok: true });
    expect(announcements).toBe(1);
  });

  it('the first options state after corruption already carries the notice', async () => {
    await router.handle({ type: 'mingbai/updateSettings', patch: { readAloud: true } }, page);
    await local.set('mingbai.settings', { version: 2, readAloud: true, textScale: 'huge' });
    const state = (await router.handle({ type: 'mingbai/getOptionsState' }, page)) as OptionsState;
    expect(state.notice?.kind).toBe('settings-corrupt');
    expect(state.settings.readAloud).toBe(true);
    const popup = (await router.handle({ type: 'mingbai/getPopupState', tabId: 1 }, page)) as PopupState;
    expect(popup.notice?.kind).toBe('settings-corrupt');
  });

  it('the options state never carries the PIN record', async () => {
    await router.handle({ type: 'mingbai/setPin', newPin: '2580' }, page);
    const state = (await router.handle({ type: 'mingbai/getOptionsState' }, page)) as OptionsState;
    expect(state.settings.pinSet).toBe(true);
    expect(JSON.stringify(state)).not.toMatch(/salt|hash|iterations/);
  });

  it('pack import needs the PIN when set; a bad pack replies with its problems', async () => {
    await router.handle({ type: 'mingbai/setPin', newPin: '2580' }, page);
    expect(
      await router.handle({ type: 'mingbai/importPack', fileName: 'f.json', text: JSON.stringify(familyPack()) }, page),
    ).toEqual({ ok: false, error: 'pin-required' });
    // a bad file is reported before the PIN is asked for
    const bad = (await router.handle({ type: 'mingbai/importPack', fileName: 'f.json', text: '{}' }, page)) as {
      ok: false;
      problems: unknown[];
    };
    expect(bad.ok).toBe(false);
    expect(bad.problems.length).toBeGreaterThan(0);
    expect(await router.handle({ type: 'mingbai/removePack', id: 'nothing', pin: '2580' }, page)).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });
});
