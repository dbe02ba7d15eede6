import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The smoke run generates a small dataset and imports it several times, through processes.
    testTimeout: 120_000,
  },
});
