// The content side of the page UI: it loads the UI module only when there is something to show,
// and whatever happened while it loaded, the page ends up showing the latest state. The loader
// hands over the real UI module (the page-UI chunk's source), held back until the test lets it go.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PagePresenter } from '../../../src/extension/content/page-presenter';
import type { PageUiModule } from '../../../src/ui/page-ui-module';
import { __forgetHostsForTests, __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { makeFinding } from './make-finding';

const SETTINGS: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };

/** A loader that resolves (or fails) only when the test says so. */
function heldLoader() {
  let release!: () => void;
  let fail!: (error: unknown) => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  const load = vi.fn(async (): Promise<PageUiModule> => {
    await gate;
    return import('../../../src/ui/page-ui-module');
  });
  return { load, release, fail };
}

const hosts = () =>
  Array.from(document.documentElement.querySelectorAll(':scope > [data-mingbai-ui]'))
    .map((h) => h.localName)
    .sort();
const markerNames = () => {
  const layer = document.querySelector('mingbai-marker-layer');
  return layer
    ? Array.from(__shadowForTests(layer)!.querySelectorAll('button[aria-label]'), (b) => b.getAttribute('aria-label')!)
    : [];
};

function page() {
  document.body.innerHTML = '<p id="a">先交保证金再放款</p><p id="b">日息低至0.05%</p>';
  return { a: document.getElementById('a')!, b: document.getElementById('b')! };
}

const callbacks = () => ({ onReportWrong: vi.fn(), onError: vi.fn() });

afterEach(() => {
  __forgetHostsForTests(document);
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

describe('PagePresenter', () => {
  it('loads nothing and adds nothing while there are no findings', async () => {
    page();
    const { load } = heldLoader();
    const presenter = new PagePresenter(document, callbacks(), load);
    presenter.show([], SETTINGS);
    presenter.reveal(0);
    presenter.clear();
    presenter.show([], { ...SETTINGS, sensitivity: 'elder' });
    await new Promise((r) => setTimeout(r, 20));
    expect(load).not.toHaveBeenCalled();
    expect(hosts()).toEqual([]);
  });

  it('loads the UI once, and shows the findings that came last while it loaded', async () => {
    const { a, b } = page();
    const { load, release } = heldLoader();
    const presenter = new PagePresenter(document, callbacks(), load);
    presenter.show([makeFinding('loan.advance-fee', 'danger', [a])], SETTINGS);
    presenter.show([makeFinding('loan.apr-not-shown', 'caution', [b])], SETTINGS);
    expect(load).toHaveBeenCalledTimes(1);
    expect(hosts()).toEqual([]);
    release();
    // Only the caution finding: a quiet summary banner and one marker, the second finding's.
    await vi.waitFor(() => expect(hosts()).toEqual(['mingbai-marker-layer', 'mingbai-page-banner']));
    expect(markerNames()).toHaveLength(1);
    expect(markerNames()[0]).toContain('loan.apr-not-shown');
    // Later changes go straight to the loaded UI.
    presenter.show([makeFinding('loan.advance-fee', 'danger', [a])], SETTINGS);
    expect(hosts()).toEqual(['mingbai-marker-layer', 'mingbai-page-banner']);
    presenter.clear();
    expect(hosts()).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('clear() while the UI loads wins: nothing is drawn when it arrives', async () => {
    const { a } = page();
    const { load, release } = heldLoader();
    const presenter = new PagePresenter(document, callbacks(), load);
    presenter.show([makeFinding('loan.advance-fee', 'danger', [a])], SETTINGS);
    presenter.reveal(0);
    presenter.clear();
    release();
    await load.mock.results[0]!.value;
    await new Promise((r) => setTimeout(r, 20));
    expect(hosts()).toEqual([]);
  });

  it('a reveal asked for while the UI loads opens the popover once it is there', async () => {
    const { a } = page();
    a.scrollIntoView = vi.fn();
    const { load, release } = heldLoader();
    const presenter = new PagePresenter(document, callbacks(), load);
    presenter.show([makeFinding('loan.advance-fee', 'danger', [a])], SETTINGS);
    presenter.reveal(0);
    release();
    await vi.waitFor(() => {
      const layer = document.querySelector('mingbai-marker-layer');
      expect(layer && __shadowForTests(layer)!.querySelector('[role="dialog"]')).toBeTruthy();
    });
  });

  it('a failed load is reported once, never thrown, and not retried on the next findings', async () => {
    const { a, b } = page();
    const { load, fail } = heldLoader();
    const cb = callbacks();
    const presenter = new PagePresenter(document, cb, load);
    presenter.show([makeFinding('loan.advance-fee', 'danger', [a])], SETTINGS);
    fail(new Error('chunk missing'));
    await vi.waitFor(() => expect(cb.onError).toHaveBeenCalledTimes(1));
    expect(() => presenter.show([makeFinding('loan.apr-not-shown', 'caution', [b])], SETTINGS)).not.toThrow();
    expect(() => presenter.reveal(0)).not.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(load).toHaveBeenCalledTimes(1);
    expect(cb.onError).toHaveBeenCalledTimes(1);
    expect(hosts()).toEqual([]);
  });
});
