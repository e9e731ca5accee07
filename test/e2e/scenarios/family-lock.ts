// The family lock's cases that are the same in every browser (issue 17, issue 18 item 5): with a
// PIN set the background refuses every lowering message without it, and code running with the
// content script's rights cannot undo the lock; the page keeps its warnings throughout. Each
// browser's family-lock test file supplies a driver and registers these beside its own cases
// (Chromium: the popup and options page by hand; Firefox: the wrong-PIN and 忘记 PIN flows).
import { expect, it } from 'vitest';
import type { ChangeReply, Message, OptionsState, ReportWrongReply, TabFindings } from '../../../src/extension/protocol';
import { waitUntil } from '../harness/wait-until';
import type { ScenarioBrowser, ScenarioTab } from './scenario-browser';

export const FAMILY_PIN = '2468';
const PAGE = '/e2e/loan-offer.html';
const ALL_ON = { loan: true, food: true, training: true, common: true };

export interface FamilyLockBrowser<P extends ScenarioTab> extends ScenarioBrowser<P> {
  /** How many of Mingbai's warnings the page shows now (0 while there are none yet). */
  warningsShown(page: P): Promise<number>;
  /**
   * Runs `code(arg)` in `page` with the rights of Mingbai's content script and returns its
   * JSON-safe value. `code` is sent as text: it must use nothing from outside its own body. The
   * page's scan is done again when this returns (a browser may reload the page to get there).
   */
  runAsContentScript<A, R>(page: P, code: (arg: A) => Promise<R>, arg: A): Promise<R>;
}

const hasFindings = (t: NonNullable<TabFindings>) => t.findings.length > 0;
const ruleIds = (t: NonNullable<TabFindings>) => t.findings.map((f) => f.ruleId).sort();

function stateOf<P extends ScenarioTab>(b: FamilyLockBrowser<P>): () => Promise<OptionsState> {
  return () => b.session().send<OptionsState>({ type: 'mingbai/getOptionsState' });
}

/** The PIN set (when an earlier case left none) and no warning dismissed, so every warning shows. */
async function lockWithPin<P extends ScenarioTab>(b: FamilyLockBrowser<P>): Promise<void> {
  if (!(await stateOf(b)()).settings.pinSet)
    expect(await b.session().send<ChangeReply>({ type: 'mingbai/setPin', newPin: FAMILY_PIN })).toEqual({ ok: true });
  expect(
    await b.session().send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { dismissed: {} }, pin: FAMILY_PIN }),
  ).toMatchObject({
    ok: true,
  });
}

/** Waits for the page's warnings and returns how many there are. */
function waitForWarnings<P extends ScenarioTab>(b: FamilyLockBrowser<P>, page: P, what: string): Promise<number> {
  return waitUntil(async () => (await b.warningsShown(page)) || undefined, { what: `${b.name}: Mingbai's warnings ${what}` });
}

/** After a reload: the same findings as `scanned`, and as many warnings shown as before. */
async function sameWarningsAfterReload<P extends ScenarioTab>(
  b: FamilyLockBrowser<P>,
  page: P,
  scanned: NonNullable<TabFindings>,
  shown: number,
): Promise<void> {
  await page.reload();
  const again = await b.session().waitForScan(page, hasFindings);
  expect(ruleIds(again)).toEqual(ruleIds(scanned));
  await waitUntil(async () => ((await b.warningsShown(page)) === shown ? true : undefined), {
    what: `${b.name}: ${shown} warnings after the reload`,
  });
}

export function itRefusesLoweringMessagesWithoutPin<P extends ScenarioTab>(b: FamilyLockBrowser<P>): void {
  it('every lowering message is refused without the PIN, and the warnings stay', async () => {
    const state = stateOf(b);
    await lockWithPin(b);
    const page = await b.session().open(PAGE);
    const scanned = await b.session().waitForScan(page, hasFindings);
    const shown = await waitForWarnings(b, page, 'in the page');
    const before = await state();
    const ruleId = scanned.findings[0]!.ruleId;

    const report = await b
      .session()
      .send<ReportWrongReply>({ type: 'mingbai/reportWrong', ruleId, url: scanned.url, evidence: 'x' });
    expect(report).toEqual({ ok: true, dismissed: false, error: 'pin-required' });
    const lowering: Message[] = [
      { type: 'mingbai/dismissRule', ruleId, url: scanned.url },
      { type: 'mingbai/trustSite', host: '127.0.0.1' },
      { type: 'mingbai/pauseSite', host: '127.0.0.1' },
      { type: 'mingbai/updateSettings', patch: { sensitivity: 'relaxed' } },
      { type: 'mingbai/updateSettings', patch: { categories: { loan: false, food: true, training: true, common: true } } },
      { type: 'mingbai/clearLicenceMemory' },
      { type: 'mingbai/setPin', newPin: null },
    ];
    for (const message of lowering)
      expect(await b.session().send<ChangeReply>(message), message.type).toMatchObject({ ok: false, error: 'pin-required' });

    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.reportCount).toBe(before.reportCount + 1);
    await sameWarningsAfterReload(b, page, scanned, shown);
  });
}

/** The messages the background must ignore from a content script: no answer at all. */
const GUARDED = [
  { type: 'mingbai/setPin', newPin: null },
  { type: 'mingbai/resetPin' },
  { type: 'mingbai/updateSettings', patch: { categories: { loan: false, food: false, training: false, common: false } } },
  { type: 'mingbai/trustSite', host: '127.0.0.1' },
  { type: 'mingbai/pauseSite', host: '127.0.0.1' },
  { type: 'mingbai/dismissRule', ruleId: 'loan.apr-over-cap.stated', url: '' },
  { type: 'mingbai/clearLicenceMemory' },
  { type: 'mingbai/dismissNotice' },
  { type: 'mingbai/getOptionsState' },
] satisfies Message[];

/**
 * Everything the old storage layout let a content script do, plus asking the background. Runs in
 * the content script's world, sent as text: it takes the page's address and the guarded messages.
 */
async function contentScriptAttack(arg: { href: string; messages: Message[] }): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the extension API as the content script sees it, untyped on purpose
  const api = (scope.browser ?? scope.chrome) as any;
  const result: Record<string, unknown> = {};
  const tryIt = async (name: string, fn: () => Promise<unknown>) => {
    try {
      result[name] = (await fn()) ?? null;
    } catch (e) {
      result[name] = `threw: ${String(e)}`;
    }
  };
  const version = api.runtime.getManifest().version;
  await tryIt('storage', () =>
    api.storage.local.set({
      'mingbai.settings': {
        version: 3,
        sensitivity: 'relaxed',
        categories: { loan: false, food: false, training: false, common: false },
        trustedSites: ['127.0.0.1'],
        pausedSites: [],
        textScale: 1,
        readAloud: false,
        pin: null,
        dismissed: {},
      },
      'mingbai.pinThrottle': { failures: 0, lockedUntil: 0 },
      'mingbai.contentPacks': {
        version,
        digest: 'x',
        packs: [{ id: 'empty', version: '1', negations: [], classifier: [], lexicons: {}, rules: [] }],
      },
    }),
  );
  await tryIt('session', () => api.storage.session.set({ 'mingbai.pinThrottle': { failures: 0, lockedUntil: 0 } }));
  for (const message of arg.messages) {
    const sent = message.type === 'mingbai/dismissRule' ? { ...message, url: arg.href } : message;
    await tryIt(message.type, () => api.runtime.sendMessage(sent));
  }
  // The content script's IndexedDB is the page's, not the extension's.
  await tryIt(
    'idb',
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('mingbai');
        open.onsuccess = () => resolve([...open.result.objectStoreNames]);
        open.onerror = () => resolve('error');
      }),
  );
  return result;
}

export function itKeepsTheLockFromContentScriptCode<P extends ScenarioTab>(b: FamilyLockBrowser<P>): void {
  it('code with the content script’s rights cannot clear the PIN, reset the throttle or stop the scanning', async () => {
    const state = stateOf(b);
    await lockWithPin(b);
    // Three wrong PINs: the check is locked for a while.
    for (let i = 0; i < 3; i++)
      await b.session().send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { readAloud: true }, pin: '0000' });
    const status = await state();
    expect(status.pinRetryAfterMs).toBeGreaterThan(0);

    const page = await b.session().open(PAGE);
    const scanned = await b.session().waitForScan(page, hasFindings);
    const shown = await waitForWarnings(b, page, 'in the page');
    const out = await b.runAsContentScript(page, contentScriptAttack, { href: scanned.url, messages: GUARDED });

    // It really ran with the content script's rights: storage.local took the write.
    expect(out.storage).toBeNull();
    // The background ignores every guarded message from a content script (no answer)…
    for (const { type } of GUARDED) expect(out[type], type).toBeNull();
    // …the extension's IndexedDB store is out of reach…
    expect(out.idb).toEqual([]);

    // …and the lock, the throttle and the protection are as they were.
    const after = await state();
    expect(after.settings).toEqual(status.settings);
    expect(after.settings.pinSet).toBe(true);
    expect(after.settings.categories).toEqual(ALL_ON);
    expect(after.pinRetryAfterMs).toBeGreaterThan(0);
    expect(
      await b.session().send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { readAloud: true }, pin: FAMILY_PIN }),
    ).toMatchObject({ ok: false, error: 'pin-throttled' });
    expect((await b.session().popupState(await b.session().tabIdOf(page))).trusted).toBe(false);
    await sameWarningsAfterReload(b, page, scanned, shown);
  });
}
