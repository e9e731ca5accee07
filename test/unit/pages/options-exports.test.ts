// The options page's two export buttons: each asks the background for its own file and downloads
// it under the name the background gives, with the background's text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/extension/pages/options/options-page';
import { setUpTransfers } from '../../../src/extension/pages/options/transfer-section';
import { background, changes, resetOptionsPage } from './fake-options-background';

vi.mock('../../../src/extension/browser-api', () => import('./fake-options-background'));

/** Each download the page starts: the file name and the text of the Blob behind the link. */
const downloads: Array<{ fileName: string; text: Promise<string> }> = [];

beforeEach(async () => {
  downloads.length = 0;
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, text: blobs.get(this.getAttribute('href')!)!.text() });
  });
  resetOptionsPage();
  background.exports = {
    'mingbai/exportSettings': { fileName: 'mingbai-settings.json', text: '{"format":"mingbai-settings"}' },
    'mingbai/exportReports': { fileName: 'mingbai-reports.json', text: '{"format":"mingbai-reports"}' },
  };
  const page = new OptionsPage();
  setUpTransfers(page);
  await page.refresh();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('options page: exports', () => {
  it.each([
    ['export-settings', 'mingbai/exportSettings', 'mingbai-settings.json', '{"format":"mingbai-settings"}'],
    ['export-reports', 'mingbai/exportReports', 'mingbai-reports.json', '{"format":"mingbai-reports"}'],
  ])('#%s asks for %s and downloads %s with its text', async (buttonId, type, fileName, text) => {
    (document.getElementById(buttonId) as HTMLButtonElement).click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(changes()).toEqual([{ type }]);
    expect(downloads[0]!.fileName).toBe(fileName);
    expect(await downloads[0]!.text).toBe(text);
  });
});
