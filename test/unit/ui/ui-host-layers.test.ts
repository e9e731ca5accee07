import { afterEach, describe, expect, it } from 'vitest';
import { createUiHost, UI_LAYER } from '../../../src/ui/ui-host';

afterEach(() => document.querySelectorAll('[data-mingbai-ui]').forEach((el) => el.remove()));

describe('createUiHost layering', () => {
  it('keeps every host at the maximum z-index and orders banner < markers < dialog in the DOM', () => {
    const markers = createUiHost(document, 'mb-test-markers', '', {}, UI_LAYER.markers);
    const dialog = createUiHost(document, 'mb-test-dialog', '', {}, UI_LAYER.dialog);
    const banner = createUiHost(document, 'mb-test-banner', '', {}, UI_LAYER.banner);
    const order = Array.from(document.documentElement.children)
      .filter((el) => el.hasAttribute('data-mingbai-ui'))
      .map((el) => el.tagName.toLowerCase());
    expect(order).toEqual(['mb-test-banner', 'mb-test-markers', 'mb-test-dialog']);
    for (const ui of [markers, dialog, banner]) {
      expect(ui.host.style.getPropertyValue('z-index')).toBe('2147483647');
      expect(ui.host.style.getPropertyPriority('z-index')).toBe('important');
    }
    // Our hosts come after <body>, so they paint above page elements that also claim the maximum.
    expect(document.body.compareDocumentPosition(banner.host) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
