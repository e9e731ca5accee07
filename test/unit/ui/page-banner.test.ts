import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBanner } from '../../../src/ui/page-banner';
import { __forgetHostsForTests, __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { makeFinding } from '../content/make-finding';

const settings: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };

afterEach(() => {
  __forgetHostsForTests(document);
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.documentElement.removeAttribute('style');
});

const indexed = (...findings: ReturnType<typeof makeFinding>[]) =>
  findings.map((finding, index) => ({ finding, index: index + 2 }));

describe('PageBanner', () => {
  it('says the one count, the danger titles and the hotline, and jumps to the first danger', () => {
    const onShow = vi.fn();
    const banner = new PageBanner(document, onShow);
    const findings = indexed(
      makeFinding('loan.apr-not-shown', 'caution', [undefined]),
      makeFinding('loan.advance-fee', 'danger', [undefined]),
      makeFinding('loan.apr-over-cap', 'danger', [undefined]),
    );
    banner.render({ findings, count: { risks: 3, places: 5 } }, settings);
    const shadow = __shadowForTests(banner.host!)!;
    const row = shadow.querySelector('[role="alert"]')!;
    expect(row.textContent).toContain('明白提醒 3 个风险 · 5 处');
    expect(row.textContent).toContain('标题 loan.advance-fee；标题 loan.apr-over-cap');
    expect(shadow.querySelector('.details')!.textContent).toContain('12378（金融监管）');
    shadow.querySelector<HTMLButtonElement>('button.show')!.click();
    expect(onShow).toHaveBeenCalledWith(3);
  });

  it('takes its own room at the top (the page moves down) and gives it back when closed', () => {
    document.documentElement.style.setProperty('margin-top', '7px');
    const banner = new PageBanner(document, () => {});
    banner.render(
      { findings: indexed(makeFinding('loan.advance-fee', 'danger', [undefined])), count: { risks: 1, places: 1 } },
      settings,
    );
    expect(banner.host!.style.getPropertyValue('position')).toBe('absolute');
    // jsdom lays nothing out (height 0): the margin is the page's own plus the banner's height.
    expect(document.documentElement.style.getPropertyValue('margin-top')).toBe('7px');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('important');
    __shadowForTests(banner.host!)!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(document.documentElement.style.getPropertyValue('margin-top')).toBe('7px');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('');
  });

  it('lies over a page too large to move: no room taken, folded to its one line even on a wide screen', () => {
    const banner = new PageBanner(document, () => {});
    const content = { findings: indexed(makeFinding('loan.advance-fee', 'danger', [undefined])), count: { risks: 1, places: 1 } };
    banner.render(content, settings, 'overlay');
    expect(window.innerWidth).toBeGreaterThanOrEqual(600);
    expect(document.documentElement.getAttribute('style')).toBeNull();
    const shadow = __shadowForTests(banner.host!)!;
    expect(shadow.querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.querySelector<HTMLElement>('.details')!.hidden).toBe(true);
    // Room once made is kept when the page grows past the limit: moving it back costs as much.
    banner.remove();
    banner.render(content, settings, 'room');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('important');
    banner.render({ ...content, count: { risks: 1, places: 2 } }, settings, 'overlay');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('important');
    banner.remove();
  });

  it('folds its details on a phone and opens them from its one line', () => {
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 390 });
    try {
      const banner = new PageBanner(document, () => {});
      banner.render(
        { findings: indexed(makeFinding('loan.advance-fee', 'danger', [undefined])), count: { risks: 1, places: 1 } },
        settings,
      );
      const shadow = __shadowForTests(banner.host!)!;
      const toggle = shadow.querySelector<HTMLButtonElement>('button.toggle')!;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(shadow.querySelector<HTMLElement>('.details')!.hidden).toBe(true);
      toggle.click();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(shadow.querySelector<HTMLElement>('.details')!.hidden).toBe(false);
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
  });

  it('gives a page with only cautions a quiet summary, not the danger alert', () => {
    const banner = new PageBanner(document, () => {});
    banner.render(
      { findings: indexed(makeFinding('loan.apr-not-shown', 'caution', [undefined])), count: { risks: 1, places: 1 } },
      settings,
    );
    const shadow = __shadowForTests(banner.host!)!;
    expect(shadow.querySelector('[role="alert"]')).toBeNull();
    expect(shadow.querySelector('[role="status"]')!.textContent).toContain('明白提示 1 个风险 · 1 处');
    expect(shadow.querySelector('.banner')!.classList.contains('quiet')).toBe(true);
  });

  it('stays closed once the reader closes it, and is absent without findings', () => {
    const banner = new PageBanner(document, () => {});
    banner.render({ findings: [], count: { risks: 0, places: 0 } }, settings);
    expect(banner.host).toBeNull();
    const findings = indexed(makeFinding('loan.advance-fee', 'danger', [undefined]));
    banner.render({ findings, count: { risks: 1, places: 1 } }, settings);
    __shadowForTests(banner.host!)!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(document.querySelector('[data-mingbai-ui]')).toBeNull();
    banner.render({ findings, count: { risks: 1, places: 1 } }, settings);
    expect(banner.host).toBeNull();
  });
});
