import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
      'test/rules/**/*.test.ts',
      'test/fixtures/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/metamorphic/**/*.test.ts',
    ],
    environment: 'jsdom',
    testTimeout: 30_000,
  },
});
