import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The menu asks through `inquirer.prompt`, which calls @inquirer/prompts inside node_modules.
    // @inquirer/testing replaces those prompts with vi.mock, and mocks reach only modules vitest
    // transforms itself: so inquirer is inlined rather than loaded by Node directly.
    server: { deps: { inline: ['inquirer'] } },
    // The process tests spawn the built CLI and open real SQLite files.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
