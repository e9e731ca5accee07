// The controller with a fake extension port, the real bundled packs and the real page UI (the
// source of the page-UI chunk, imported directly instead of from the built extension).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';
import { gatePackData } from '../../../src/core/evaluate/scan-gate';
import { defaultConfig } from '../../../src/extension/content/content-config';
import { ContentController } from '../../../src/extension/content/content-controller';
import type { ExtensionPort } from '../../../src/extension/content/extension-port';
import type { ContentConfig, FindingSummary, Message } from '../../../src/extension/protocol';
import { __shadowForTests } from '../../../src/ui/ui-host';

const loadUi = () => import('../../../src/ui/page-ui-module');
// The full-scan chunk's source, as the built extension import()s the chunk.
const loadFullScan = () => import('../../../src/extension/content/full-scan-module');

const LOAN_PAGE = `<h1>闪电借 · 极速借款</h1>
<div class="card"><p id="fee">审核已通过，需先缴纳20%保证金，放款后退还</p></div>
<div class="card"><p>最高可借5万，随借随还，支持提前还款</p><h2>黑户也能贷，秒批3万</h2><p>日息低至0.02%</p><button>立即借款</button></div>`;

function fakePort(config: () => ContentConfig | 'silent') {
  const sent: Message[] = [];
  let onMessage: ((m: Message) => void) | null = null;
  let onSettings: (() => void) | null = null;
  const port: ExtensionPort = {
    send(message) {
      sent.push(message);
      if (message.type !== 'mingbai/getConfig') return Promise.resolve(undefined);
      const c = config();
      return c === 'silent' ? new Promise(() => {}) : Promise.resolve(structuredClone(c));
    },
    onMessage: (l) => ((onMessage = l), () => (onMessage = null)),
    onSettingsChanged: (l) => ((onSettings = l), () => (onSettings = null)),
    uiLanguage: () => 'zh-CN',
  };
  const findingsReports = () =>
    sent.filter((m): m is Extract<Message, { type: 'mingbai/findings' }> => m.type === 'mingbai/findings');
  const lastFindings = (): FindingSummary[] => findingsReports().at(-1)?.findings ?? [];
  return {
    port,
    sent,
    findingsReports,
    lastFindings,
    message: (m: Message) => onMessage!(m),
    settingsChanged: () => onSettings!(),
  };
}

let controller: ContentController | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

const hosts = () => Array.from(document.documentElement.querySelectorAll(':scope > [data-mingbai-ui]'));

describe('ContentController', () => {
  it('scans with safe defaults when the background does not answer, and reports in Chinese', async () => {
    document.body.innerHTML = LOAN_PAGE;
    const fake = fakePort(() => 'silent');
    controller = new ContentController(document, fake.port, BUNDLED_PACKS, loadUi, loadFullScan);
    await controller.start();
    await vi.waitFor(() => expect(fake.findingsReports().length).toBeGreaterThan(0), { timeout: 10_000 });
    const findings = fake.lastFindings();
    expect(findings.map((f) => f.risk)).toContain('loan.advance-fee');
    expect(findings.every((f) => f.severity !== 'info')).toBe(true); // standard profile
    expect(findings.find((f) => f.risk === 'loan.advance-fee')!.title).toMatch(/[\u4e00-\u9fff]/);
    expect(findings.map((f) => f.index)).toEqual(findings.map((_, i) => i));
    // The page UI is loaded once there are findings, then drawn.
    await vi.waitFor(
      () =>
        expect(
          hosts()
            .map((h) => h.localName)
            .sort(),
        ).toEqual(['mingbai-marker-layer', 'mingbai-page-banner']),
      { timeout: 10_000 },
    ); // the UI chunk's first import is slow under load
  });

  it('does nothing at all on a trusted site', async () => {
    document.body.innerHTML = LOAN_PAGE;
    const fake = fakePort(() => ({ ...defaultConfig(), trusted: true }));
    controller = new ContentController(document, fake.port, BUNDLED_PACKS, loadUi, loadFullScan);
    await controller.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(hosts()).toEqual([]);
    expect(fake.lastFindings()).toEqual([]);
  });

  it('applies a profile change from the settings without a reload', async () => {
    document.body.innerHTML = LOAN_PAGE;
    let config: ContentConfig = { ...defaultConfig(), sensitivity: 'elder' };
    const fake = fakePort(() => config);
    controller = new ContentController(document, fake.port, BUNDLED_PACKS, loadUi, loadFullScan);
    await controller.start();
    await vi.waitFor(() => expect(fake.lastFindings().some((f) => f.severity === 'caution')).toBe(true), { timeout: 10_000 });
    config = { ...config, sensitivity: 'relaxed' };
    fake.settingsChanged();
    await vi.waitFor(() => expect(fake.lastFindings().every((f) => f.severity === 'danger')).toBe(true));
    expect(fake.lastFindings().length).toBeGreaterThan(0);
    config = { ...config, categories: { ...config.categories, loan: false } };
    fake.settingsChanged();
    await vi.waitFor(() => expect(fake.lastFindings()).toEqual([]));
    expect(hosts()).toEqual([]);
  });

  it('reveal opens the popover of the finding the popup names', async () => {
    document.body.innerHTML = LOAN_PAGE;
    Element.prototype.scrollIntoView = vi.fn();
    const fake = fakePort(() => defaultConfig());
    controller = new ContentController(document, fake.port, BUNDLED_PACKS, loadUi, loadFullScan);
    await controller.start();
    await vi.waitFor(() => expect(fake.lastFindings().length).toBeGreaterThan(0), { timeout: 10_000 });
    const index = fake.lastFindings().findIndex((f) => f.risk === 'loan.advance-fee');
    fake.message({ type: 'mingbai/reveal', index });
    // Asked for while the page UI may still be loading: it opens as soon as the UI is there.
    const dialog = await vi.waitFor(() => {
      const layer = hosts().find((h) => h.localName === 'mingbai-marker-layer');
      const found = layer && __shadowForTests(layer)?.querySelector('[role="dialog"]');
      if (!found) throw new Error('no popover yet');
      return found;
    });
    expect(dialog.textContent).toContain(fake.lastFindings()[index]!.title);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- a vi.fn() spy, only inspected here
    expect(document.getElementById('fee')!.scrollIntoView).toHaveBeenCalled();
  });
});

describe('ContentController with packs delivered at run time', () => {
  it('scans once the packs arrive (from storage or the background)', async () => {
    document.body.innerHTML = LOAN_PAGE;
    const fake = fakePort(() => defaultConfig());
    controller = new ContentController(
      document,
      fake.port,
      () => new Promise((r) => setTimeout(() => r(BUNDLED_PACKS), 100)),
      loadUi,
      loadFullScan,
    );
    await controller.start();
    await vi.waitFor(() => expect(fake.lastFindings().map((f) => f.risk)).toContain('loan.advance-fee'), { timeout: 10_000 });
  });

  it('asks for the gate part on every page, and for the whole packs only on a page that passes the gate', async () => {
    const gatePart = gatePackData(BUNDLED_PACKS);
    for (const [html, passes] of [
      ['<h1>今日天气</h1><p>多云转晴，气温十五度。</p>', false],
      [LOAN_PAGE, true],
    ] as const) {
      document.body.innerHTML = html;
      const fake = fakePort(() => defaultConfig());
      const wholeAsked = vi.fn(async () => BUNDLED_PACKS);
      controller = new ContentController(document, fake.port, async () => gatePart, loadUi, loadFullScan, wholeAsked);
      await controller.start();
      await vi.waitFor(() => expect(fake.findingsReports().length).toBeGreaterThan(0), { timeout: 10_000 });
      expect(wholeAsked).toHaveBeenCalledTimes(passes ? 1 : 0);
      if (passes) expect(fake.lastFindings().map((f) => f.risk)).toContain('loan.advance-fee');
      else expect(fake.lastFindings()).toEqual([]);
      controller.stop();
    }
  });

  it('leaves the page alone when no packs can be had (null or an error), and logs no more than once', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    for (const source of [async () => null, async () => Promise.reject(new Error('no packs'))]) {
      document.body.innerHTML = LOAN_PAGE;
      const fake = fakePort(() => defaultConfig());
      controller = new ContentController(document, fake.port, source, loadUi, loadFullScan);
      await controller.start();
      expect(() => fake.settingsChanged()).toThrow(TypeError); // it unsubscribed: nothing listens any more
      await new Promise((r) => setTimeout(r, 300));
      expect(hosts()).toEqual([]);
      expect(fake.findingsReports()).toEqual([]);
      controller.stop();
    }
    expect(debug.mock.calls.length).toBeLessThanOrEqual(1);
    debug.mockRestore();
  });
});
