import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupByElement } from '../../../src/ui/marker-groups';
import { MarkerLayer } from '../../../src/ui/marker-layer';
import { __forgetHostsForTests, __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { makeFinding } from '../content/make-finding';

const settings: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };

function setup() {
  document.body.innerHTML = '<p id="a">审核已通过，需先缴纳保证金</p><p id="b">日息0.02%</p>';
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  const findings = [makeFinding('loan.advance-fee', 'danger', [a]), makeFinding('loan.apr-not-shown', 'caution', [b])];
  const onReportWrong = vi.fn();
  const layer = new MarkerLayer(document, {
    onReportWrong,
    onError: (e) => {
      throw e;
    },
  });
  layer.render(groupByElement(findings), settings);
  const shadow = __shadowForTests(layer.host!)!;
  const markers = () => Array.from(shadow.querySelectorAll<HTMLButtonElement>('button.marker'));
  const dialog = () => shadow.querySelector<HTMLElement>('[role="dialog"]');
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
  return { layer, shadow, markers, dialog, key, onReportWrong, a, b };
}

afterEach(() => {
  __forgetHostsForTests(document);
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

describe('MarkerLayer', () => {
  it('puts one labelled marker per element in a closed shadow root outside the page flow', () => {
    const { layer, markers } = setup();
    expect(layer.host!.parentElement).toBe(document.documentElement);
    expect(layer.host!.shadowRoot).toBeNull(); // closed
    expect(layer.host!.hasAttribute('data-mingbai-ui')).toBe(true);
    expect(layer.host!.style.getPropertyPriority('display')).toBe('important');
    expect(markers().map((m) => m.getAttribute('aria-label'))).toEqual([
      '风险提醒：标题 loan.advance-fee',
      '风险提醒：标题 loan.apr-not-shown',
    ]);
    // Severity as a word and a drawn icon (no emoji font needed), not colour alone.
    expect(markers()[0]!.textContent).toBe('危险');
    expect(markers()[1]!.textContent).toBe('注意');
    expect(markers()[0]!.querySelector('svg path')).not.toBeNull();
  });

  it('gives each marker its own space at the end of the evidence text, and takes it back', () => {
    const { layer, a, b } = setup();
    const slots = document.querySelectorAll('mingbai-marker-slot');
    expect(slots).toHaveLength(2);
    expect(a.lastElementChild!.localName).toBe('mingbai-marker-slot');
    expect(b.lastElementChild!.localName).toBe('mingbai-marker-slot');
    const slot = a.lastElementChild as HTMLElement;
    expect(slot.hasAttribute('data-mingbai-ui')).toBe(true);
    expect(slot.textContent).toBe('');
    expect(slot.style.getPropertyValue('display')).toBe('inline-block');
    expect(slot.style.getPropertyPriority('display')).toBe('important');
    expect(a.textContent).toBe('审核已通过，需先缴纳保证金');
    layer.destroy();
    expect(document.querySelectorAll('mingbai-marker-slot')).toHaveLength(0);
  });

  it('opens with Enter, closes with Escape and returns focus to the marker', () => {
    const { markers, dialog, key, shadow } = setup();
    const marker = markers()[0]!;
    marker.focus();
    key(marker, 'Enter');
    expect(dialog()).not.toBeNull();
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    expect(marker.getAttribute('aria-controls')).toBe(dialog()!.id);
    expect(shadow.activeElement).toBe(dialog());
    key(dialog()!, 'Escape');
    expect(dialog()).toBeNull();
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(marker);
  });

  it('toggles with Space and with a click', () => {
    const { markers, dialog, key } = setup();
    const marker = markers()[1]!;
    key(marker, ' ');
    expect(dialog()!.textContent).toContain('标题 loan.apr-not-shown');
    key(marker, ' ');
    expect(dialog()).toBeNull();
    marker.click();
    expect(dialog()).not.toBeNull();
  });

  it('"这不对" reports the finding and confirms it; dismiss removes the marker', () => {
    const { markers, dialog, onReportWrong, shadow } = setup();
    markers()[0]!.click();
    dialog()!.querySelector<HTMLButtonElement>('[data-action="report"]')!.click();
    expect(onReportWrong).toHaveBeenCalledTimes(1);
    expect(onReportWrong.mock.calls[0]![0].finding.risk).toBe('loan.advance-fee');
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toContain('已记下');
    dialog()!.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(dialog()).toBeNull();
    expect(markers()).toHaveLength(1);
    expect(shadow.querySelector('button.marker')!.getAttribute('aria-label')).toContain('apr-not-shown');
  });

  it('updates in place and removes markers whose findings are gone', () => {
    const { layer, markers, a } = setup();
    const first = markers()[0];
    layer.render(groupByElement([makeFinding('loan.advance-fee', 'danger', [a])]), settings);
    expect(markers()).toEqual([first]);
    layer.render([], settings);
    // Nothing to show: the host leaves the page entirely.
    expect(layer.host).toBeNull();
    expect(document.querySelector('[data-mingbai-ui]')).toBeNull();
  });

  it('reveal opens the popover of a finding by its index', () => {
    const { layer, dialog } = setup();
    Element.prototype.scrollIntoView = vi.fn();
    expect(layer.reveal(1, false)).toBe(true);
    expect(dialog()!.textContent).toContain('标题 loan.apr-not-shown');
    expect(layer.reveal(7, false)).toBe(false);
  });
});
