// End-to-end tests in real browsers with the built extension: `npm run build` first, then
// `npm run test:e2e` (both browsers), `test:e2e:chromium` or `test:e2e:firefox`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two browsers at a time at most: each test file owns one.
    maxWorkers: 2,
    reporters: ['verbose'],
    globalSetup: ['./harness/check-build.ts'],
  },
});
