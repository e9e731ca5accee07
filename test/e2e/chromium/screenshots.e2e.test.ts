// The screenshots script (`npm run screenshots`, scripts/screenshots.ts) run against the built
// extension into a temporary directory: every view at both widths and in both profiles, as
// PNG files of the right width.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES, takeScreenshots, WIDTHS } from '../../../scripts/screenshots';
import { chromiumSuite } from './chromium-suite';

/** Width of a PNG from its IHDR chunk. */
const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

describe('Chromium: screenshots for docs/screenshots', () => {
  const session = chromiumSuite();

  it(
    'banner, popover, popup and options (and welcome when built) at 390 and 1280 px, elder and standard',
    { timeout: 240_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mingbai-shots-'));
      try {
        const written = await takeScreenshots(session(), dir);
        for (const what of ['banner', 'popover', 'popup', 'options']) {
          for (const profile of PROFILES)
            for (const width of WIDTHS) expect(written).toContain(`${what}-${profile}-${width}.png`);
        }
        for (const profile of PROFILES) {
          expect(pngWidth(join(dir, `banner-${profile}-390.png`))).toBe(390);
          expect(pngWidth(join(dir, `popover-${profile}-1280.png`))).toBe(1280);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
