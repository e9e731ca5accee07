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

  it('inserts nothing into a page too large to move, and is placed just after the evidence text', () => {
    document.body.innerHTML =
      '<p id="a">审核已通过，需先缴纳<b>保证金</b>  </p><label id="c"><input type="checkbox" checked>会员</label>';
    const before = document.body.innerHTML;
    const a = document.getElementById('a')!;
    const box = document.querySelector('input')!;
    const layer = new MarkerLayer(document, {
      onReportWrong: vi.fn(),
      onError: (e) => {
        throw e;
      },
    });
    layer.render(
      groupByElement([makeFinding('loan.advance-fee', 'danger', [a]), makeFinding('loan.bundled-preselected', 'danger', [box])]),
      settings,
      'overlay',
    );
    expect(document.body.innerHTML).toBe(before);
    expect(layer.markerCount).toBe(2);
    const shadow = __shadowForTests(layer.host!)!;
    expect(shadow.querySelectorAll('button.marker')).toHaveLength(2);
    layer.destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it('starts following its evidence a few markers a frame, in reading order', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p id="p${i}">需先缴纳保证金 ${i}</p>`).join('');
    const elements = Array.from(document.querySelectorAll('p'));
    const track = vi.spyOn(MarkerLayer.prototype as unknown as { track: () => () => void }, 'track');
    const layer = new MarkerLayer(document, {
      onReportWrong: vi.fn(),
      onError: (e) => {
        throw e;
      },
    });
    layer.render(groupByElement(elements.map((p) => makeFinding('loan.advance-fee', 'danger', [p]))), settings);
    // Only this layer's calls (another test's layer may still be waiting for its frame).
    const tracked = () =>
      track.mock.calls
        .filter((_, i) => track.mock.contexts[i] === layer)
        .map((call) => ((call as unknown[])[1] as HTMLElement).dataset.marker);
    // jsdom's frames (requestAnimationFrame), and the task after each (after-next-frame.ts).
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(tracked()).toHaveLength(0);
    await frame();
    expect(tracked()).toHaveLength(8);
    await frame();
    expect(tracked()).toHaveLength(16);
    await frame();
    expect(tracked()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    layer.destroy();
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
