import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The smoke run generates a small dataset, imports it several times and runs every benched
    // command (about 120) as a process: 60 s alone, three times that beside the other packages' tests.
    testTimeout: 600_000,
  },
});
