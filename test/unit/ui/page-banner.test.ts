import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBanner } from '../../../src/ui/page-banner';
import { pickVoice } from '../../../src/ui/read-aloud';
import { __forgetHostsForTests, __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { makeFinding } from '../content/make-finding';

const settings: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };

afterEach(() => {
  __forgetHostsForTests(document);
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
});

describe('PageBanner', () => {
  it('summarises the danger findings with the hotline and jumps to the first', () => {
    const onShow = vi.fn();
    const banner = new PageBanner(document, onShow);
    const dangers = [
      { index: 2, finding: makeFinding('loan.advance-fee', 'danger', [undefined]) },
      { index: 3, finding: makeFinding('loan.apr-over-cap', 'danger', [undefined]) },
    ];
    banner.render({ dangers }, settings);
    const host = banner.host!;
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    const shadow = __shadowForTests(host)!;
    const text = shadow.querySelector('[role="alert"]')!.textContent!;
    expect(text).toContain('这个页面有2处高风险内容');
    expect(text).toContain('标题 loan.advance-fee；标题 loan.apr-over-cap');
    expect(text).toContain('12378（金融监管）');
    shadow.querySelector<HTMLButtonElement>('button.show')!.click();
    expect(onShow).toHaveBeenCalledWith(2);
  });

  it('stays closed once the reader closes it, and is absent without danger', () => {
    const banner = new PageBanner(document, () => {});
    banner.render({ dangers: [] }, settings);
    expect(banner.host).toBeNull();
    const dangers = [{ index: 0, finding: makeFinding('loan.advance-fee', 'danger', [undefined]) }];
    banner.render({ dangers }, settings);
    __shadowForTests(banner.host!)!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(document.querySelector('[data-mingbai-ui]')).toBeNull();
    banner.render({ dangers }, settings);
    expect(banner.host).toBeNull();
  });
});

describe('pickVoice', () => {
  const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;
  it('prefers a zh-CN voice, then any Chinese voice', () => {
    expect(pickVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN')], 'zh')!.lang).toBe('zh_CN');
    expect(pickVoice([voice('en-US'), voice('zh-HK')], 'zh')!.lang).toBe('zh-HK');
    expect(pickVoice([voice('en-US')], 'zh')).toBeUndefined();
  });
});
