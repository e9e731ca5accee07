// Where the full-scan chunk is in the built extension, and how the content script loads it
// (as the page-UI chunk: page-ui-loader.ts says why through the global `chrome`).
import type { FullScanModule } from './full-scan-module';

export const FULL_SCAN_CHUNK = 'content-scripts/full-scan.js';

declare const chrome: { runtime: { getURL(path: string): string } };

export function loadFullScanChunk(): Promise<FullScanModule> {
  return import(/* @vite-ignore */ chrome.runtime.getURL(FULL_SCAN_CHUNK)) as Promise<FullScanModule>;
}
