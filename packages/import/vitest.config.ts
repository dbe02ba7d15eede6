import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Some tests start child processes and worker threads (a killed import, the parsing worker's
    // heap); on a loaded 2-CPU machine those take more than vitest's default 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
