import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { runCli } from './hcdm-process.test-utils.js';

describe('what hcdm start says the first time, for someone who has just installed it', () => {
  it('says what the sample is, where it went, and how their own data gets in, before the menu', () => {
    const dir = makeTempDir('hcdm-first-start-');
    // stdin is empty, so the menu's first prompt ends at once, as Ctrl+C would: status 0.
    const run = runCli(dir, ['start']);
    expect(run.status).toBe(0);
    // stderr is no terminal here, so no progress bars: the messages, then the import's summary table.
    expect(run.stderr.split('\n').slice(0, 6)).toEqual([
      'hcdm.sqlite is empty: loading sample data.',
      `Writing sample files to ${join(dir, 'hcdm-sample')}`,
      'and importing them into hcdm.sqlite.',
      'The sample is made up, to try hcdm on; your own exports go in through',
      '"Import & data" in the menu, or with: hcdm import FOLDER',
      '+-----------+----------+---------+-----------+----------+',
    ]);
    // Every line of it but the folder's fits an 80-column terminal.
    const wide = run.stderr.split('\n').filter((line) => line.length > 80 && !line.startsWith('Writing sample files to '));
    expect(wide).toEqual([]);
    expect(run.stdout).toContain('What would you like to do?');
  });
});
