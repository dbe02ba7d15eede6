import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test opens a real database, on PostgreSQL one created for it; on a loaded 2-CPU
    // machine (the suites of all packages at once) that takes more than vitest's default 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
