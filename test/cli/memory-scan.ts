// The set-up the licence-memory tests share (memory-save.test.ts, mingbai-cli.test.ts): a scan of
// one food-shop page, carrying our pack's licence under a given shop name, with `--memory` set.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LICENCE, foodShop } from './test-pack';

interface Scratch {
  dir: string;
  write: (name: string, content: string) => string;
}

/** `pack` gives our pack's file once the test file's beforeAll has written it. */
export function memoryScans(scratch: Scratch, pack: () => string) {
  return {
    /** `licences.json` in its own new folder of the scratch directory. */
    memoryIn: (folder: string): string => {
      mkdirSync(join(scratch.dir, folder), { recursive: true });
      return join(scratch.dir, folder, 'licences.json');
    },
    /** `scan <page> --rules <our pack> …flags --memory <memory>`, the page written as shop `shop`. */
    scanArgs: (memory: string, page: string, shop: string, ...flags: string[]): string[] => [
      'scan',
      scratch.write(page, foodShop(shop, LICENCE)),
      '--rules',
      pack(),
      ...flags,
      '--memory',
      memory,
    ],
  };
}
