// @vitest-environment node
// The family lock in the background: with a PIN set, every message that lowers protection is
// refused without it, whoever sends it; a report of a wrong warning is still recorded. "忘记 PIN"
// resets the PIN only together with protective settings, and says so.
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { SettingsService } from '../../../src/settings/settings-service';
import { ImportedPackStore } from '../../../src/extension/background/imported-packs';
import { LicenceMemoryStore } from '../../../src/extension/background/licence-memory-store';
import { MessageRouter } from '../../../src/extension/background/message-router';
import { TabFindingsStore } from '../../../src/extension/background/tab-findings';
import { WrongReportStore } from '../../../src/extension/background/wrong-reports';
import type { ContentConfig, Message, OptionsState, PopupState } from '../../../src/extension/protocol';
import { familyPack } from './family-pack';

const PIN = '2580';
const content = { tabId: 7, frameId: 0, fromExtensionPage: false };
const page = { fromExtensionPage: true };
const NOW = Date.UTC(2026, 11, 4, 6, 0);
let router: MessageRouter;
let settings: SettingsService;
let memory: LicenceMemoryStore;
let local: MemoryStore;

beforeEach(async () => {
  local = new MemoryStore();
  settings = new SettingsService(local, () => NOW);
  memory = new LicenceMemoryStore(local);
  router = new MessageRouter({
    settings,
    packs: new ImportedPackStore(local, []),
    memory,
    reports: new WrongReportStore(local),
    tabs: new TabFindingsStore(new MemoryStore()),
    lang: () => 'zh',
    showBadge: async () => undefined,
    announceChange: async () => undefined,
    now: () => NOW,
    ruleTitle: (id) =>
      id === 'loan.apr-over-cap.stated' ? { zh: '利息超过法定上限', en: 'Interest above the legal cap' } : null,
  });
  await router.handle({ type: 'mingbai/setPin', newPin: PIN }, page);
});

const options = async () => (await router.handle({ type: 'mingbai/getOptionsState' }, page)) as OptionsState;

describe('with a PIN set, nothing that lowers protection gets through without it', () => {
  it('"这不对" from a page: the report is recorded, the warning stays', async () => {
    const reply = await router.handle(
      { type: 'mingbai/reportWrong', ruleId: 'loan.apr-over-cap.stated', url: 'https://loan.example/x', evidence: '年化36%' },
      content,
    );
    expect(reply).toEqual({ ok: true, dismissed: false, error: 'pin-required' });
    const state = await options();
    expect(state.reportCount).toBe(1);
    expect(state.settings.dismissed).toEqual({});
    const config = (await router.handle({ type: 'mingbai/getConfig', url: 'https://loan.example/x' }, content)) as ContentConfig;
    expect(config.dismissedRules).toEqual([]);
  });

  it('报告误报 from the popup: recorded; hiding the warning needs the PIN', async () => {
    const reply = await router.handle(
      { type: 'mingbai/reportWrong', ruleId: 'loan.apr-over-cap.stated', url: 'https://loan.example/x', evidence: 'e' },
      page,
    );
    expect(reply).toMatchObject({ ok: true, dismissed: false });
    const dismiss = { type: 'mingbai/dismissRule', ruleId: 'loan.apr-over-cap.stated', url: 'https://loan.example/x' } as const;
    expect(await router.handle(dismiss, page)).toMatchObject({ ok: false, error: 'pin-required' });
    expect(await router.handle(dismiss, content)).toBeUndefined();
    expect((await options()).settings.dismissed).toEqual({});
    expect(await router.handle({ ...dismiss, pin: PIN }, page)).toEqual({ ok: true });
    expect((await options()).settings.dismissed).toEqual({ 'loan.example': ['loan.apr-over-cap.stated'] });
  });

  it('every other lowering path from an extension page is refused without the PIN and changes nothing', async () => {
    await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060012345', shopName: '张记' }, content);
    await router.handle({ type: 'mingbai/importPack', fileName: 'f.json', text: JSON.stringify(familyPack()), pin: PIN }, page);
    const before = await options();
    const lowering: Message[] = [
      { type: 'mingbai/trustSite', host: 'shop.example' },
      { type: 'mingbai/pauseSite', host: 'shop.example' },
      { type: 'mingbai/updateSettings', patch: { sensitivity: 'relaxed' } },
      { type: 'mingbai/updateSettings', patch: { categories: { loan: false, food: true, training: true, common: true } } },
      { type: 'mingbai/updateSettings', patch: { trustedSites: ['shop.example'] } },
      { type: 'mingbai/clearLicenceMemory' },
      {
        type: 'mingbai/importSettings',
        text: JSON.stringify({
          format: 'mingbai-settings',
          settings: {
            version: 2,
            sensitivity: 'relaxed',
            categories: { loan: false, food: false, training: false, common: false },
            trustedSites: [],
            textScale: 1,
            readAloud: false,
            dismissed: {},
          },
        }),
      },
      { type: 'mingbai/importPack', fileName: 'g.json', text: JSON.stringify(familyPack()) },
      { type: 'mingbai/removePack', id: 'family-extra' },
      { type: 'mingbai/setPin', newPin: null },
    ];
    for (const message of lowering) {
      expect(await router.handle(message, page), message.type).toMatchObject({ ok: false, error: 'pin-required' });
      // and a content script gets no answer at all
      expect(await router.handle(message, content), message.type).toBeUndefined();
    }
    const after = await options();
    expect(after.settings).toEqual(before.settings);
    expect(after.importedPacks).toEqual(before.importedPacks);
    expect(after.licenceMemory).toEqual([{ licence: 'JY14401060012345', shops: ['张记'] }]);
  });

  it('pause is reversible: pausing needs the PIN, resuming (more protection) does not', async () => {
    expect(await router.handle({ type: 'mingbai/pauseSite', host: 'shop.example', pin: PIN }, page)).toEqual({ ok: true });
    const paused = (await router.handle({ type: 'mingbai/getConfig', url: 'https://shop.example/a' }, content)) as ContentConfig;
    expect(paused.trusted).toBe(true);
    expect(await router.handle({ type: 'mingbai/resumeSite', host: 'shop.example' }, page)).toEqual({ ok: true });
    const resumed = (await router.handle({ type: 'mingbai/getConfig', url: 'https://shop.example/a' }, content)) as ContentConfig;
    expect(resumed.trusted).toBe(false);
  });

  it('clearing licence memory with the PIN empties it', async () => {
    await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060012345', shopName: '张记' }, content);
    expect(await router.handle({ type: 'mingbai/clearLicenceMemory', pin: PIN }, page)).toEqual({ ok: true });
    expect((await options()).licenceMemory).toEqual([]);
  });
});

describe('wrong PINs say how many tries are left and how long the wait is', () => {
  it('tries left before the lockout, then the lockout, doubling', async () => {
    const wrong = () => router.handle({ type: 'mingbai/updateSettings', patch: { sensitivity: 'relaxed' }, pin: '0000' }, page);
    expect(await wrong()).toEqual({ ok: false, error: 'pin-wrong', triesLeft: 2, lockoutMs: 30_000 });
    expect(await wrong()).toEqual({ ok: false, error: 'pin-wrong', triesLeft: 1, lockoutMs: 30_000 });
    expect(await wrong()).toEqual({ ok: false, error: 'pin-wrong', triesLeft: 0, retryAfterMs: 30_000, lockoutMs: 60_000 });
    expect(await wrong()).toMatchObject({ ok: false, error: 'pin-throttled', retryAfterMs: 30_000 });
  });
});

describe('忘记 PIN', () => {
  it('removes the PIN only together with protective settings, and leaves a dated notice', async () => {
    await router.handle(
      {
        type: 'mingbai/updateSettings',
        pin: PIN,
        patch: {
          sensitivity: 'relaxed',
          trustedSites: ['a.example'],
          categories: { loan: false, food: true, training: true, common: false },
          dismissed: { 'b.example': ['loan.apr-over-cap.stated'] },
          textScale: 1.5,
        },
      },
      page,
    );
    await router.handle({ type: 'mingbai/pauseSite', host: 'c.example', pin: PIN }, page);
    expect(await router.handle({ type: 'mingbai/resetPin' }, content)).toBeUndefined();
    expect(await router.handle({ type: 'mingbai/resetPin' }, page)).toEqual({ ok: true });
    const state = await options();
    expect(state.settings).toMatchObject({
      pinSet: false,
      sensitivity: 'standard',
      categories: { loan: true, food: true, training: true, common: true },
      trustedSites: [],
      pausedSites: [],
      dismissed: {},
      textScale: 1.5,
    });
    expect(state.notice).toEqual({ kind: 'pin-reset', at: NOW });
    const popup = (await router.handle({ type: 'mingbai/getPopupState', tabId: 1 }, page)) as PopupState;
    expect(popup.notice).toEqual({ kind: 'pin-reset', at: NOW });
  });

  it('the reset notice cannot be dismissed while no PIN is set, and then only with the new PIN', async () => {
    await router.handle({ type: 'mingbai/resetPin' }, page);
    // Whoever reset the PIN cannot hide that it happened.
    expect(await router.handle({ type: 'mingbai/dismissNotice' }, page)).toEqual({ ok: false, error: 'pin-not-set' });
    expect(await router.handle({ type: 'mingbai/dismissNotice', pin: '1234' }, page)).toEqual({
      ok: false,
      error: 'pin-not-set',
    });
    expect((await options()).notice).toEqual({ kind: 'pin-reset', at: NOW });
    // A content script gets no answer at all.
    expect(await router.handle({ type: 'mingbai/dismissNotice' }, content)).toBeUndefined();
    await router.handle({ type: 'mingbai/setPin', newPin: '4711' }, page);
    expect(await router.handle({ type: 'mingbai/dismissNotice' }, page)).toEqual({ ok: false, error: 'pin-required' });
    expect(await router.handle({ type: 'mingbai/dismissNotice', pin: '0000' }, page)).toMatchObject({
      ok: false,
      error: 'pin-wrong',
    });
    expect((await options()).notice).toEqual({ kind: 'pin-reset', at: NOW });
    expect(await router.handle({ type: 'mingbai/dismissNotice', pin: '4711' }, page)).toEqual({ ok: true });
    expect((await options()).notice).toBeNull();
  });

  it('a settings-corrupt notice still closes without a PIN (it hides nothing the lock guards)', async () => {
    await local.set('mingbai.notice', { kind: 'settings-corrupt', at: NOW, fields: ['sensitivity'] });
    expect(await router.handle({ type: 'mingbai/dismissNotice' }, page)).toEqual({ ok: true });
    expect((await options()).notice).toBeNull();
  });

  it('keeps the elder profile (stricter than standard)', async () => {
    await router.handle({ type: 'mingbai/updateSettings', pin: PIN, patch: { sensitivity: 'elder' } }, page);
    await router.handle({ type: 'mingbai/resetPin' }, page);
    expect((await options()).settings.sensitivity).toBe('elder');
  });
});

describe('what a page gets', () => {
  it('getConfig carries no licence memory; a page asks about one licence at a time', async () => {
    await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060012345', shopName: '张记' }, content);
    await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060099999', shopName: '李记' }, content);
    const config = (await router.handle(
      { type: 'mingbai/getConfig', url: 'https://shop.example/' },
      content,
    )) as ContentConfig & { licenceMemory?: unknown };
    expect(config.licenceMemory).toBeUndefined();
    expect(JSON.stringify(config)).not.toContain('李记');
    // licenceRecord answers with the names known for that licence only
    expect(
      await router.handle({ type: 'mingbai/licenceRecord', licence: 'JY14401060012345', shopName: '王记' }, content),
    ).toEqual({ ok: true, names: ['张记', '王记'] });
  });

  it('the options page lists dismissed warnings by title', async () => {
    await router.handle(
      { type: 'mingbai/dismissRule', ruleId: 'loan.apr-over-cap.stated', url: 'https://loan.example/x', pin: PIN },
      page,
    );
    expect((await options()).ruleTitles).toEqual({
      'loan.apr-over-cap.stated': { zh: '利息超过法定上限', en: 'Interest above the legal cap' },
    });
  });
});
