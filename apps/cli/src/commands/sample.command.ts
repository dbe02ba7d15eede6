import { Command, Option } from 'commander';
import type { SampleOptions } from '@hcdm/sample';
import { formatSampleFiles } from '../output/sample-files.format.js';
import { outputWidth } from '../output/output-width.js';
import { createProgressBar } from '../output/progress-bar.js';
import { intArgument } from './int-argument.js';

type SampleCommandOptions = Omit<SampleOptions, 'onProgress'> & { out: string; quiet?: boolean };

/** `hcdm sample --out DIR`: deterministic sample exports to try hcdm on. */
export function sampleCommand(): Command {
  const count = (name: string, what: string) => new Option(`--${name} <n>`, `how many ${what}`).argParser(intArgument(0));
  return new Command('sample')
    .description('write realistic sample exports (CSV files, one per kind) into a folder')
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .addOption(new Option('--seed <n>', 'the same seed gives the same files').argParser(intArgument(Number.MIN_SAFE_INTEGER)))
    .addOption(count('customers', 'customers (default 200)'))
    .addOption(count('listings', 'listings (default 40)'))
    .addOption(count('leads', 'leads (default 400)'))
    .addOption(count('calls', 'calls (default 3000)'))
    .addOption(count('sms', 'SMS (default 2000)'))
    .option('--from <date>', 'first day of the activity window, YYYY-MM-DD (default 2026-01-01)')
    .addOption(new Option('--days <n>', 'length of the activity window in days (default 180)').argParser(intArgument(1)))
    .option('--quiet', 'no progress bar')
    .addHelpText(
      'after',
      `
Examples:
  $ hcdm sample --out ./exports
  $ hcdm sample --out ./big --seed 7 --customers 5000 --calls 200000 --sms 100000
  $ hcdm import ./exports`,
    )
    .action(async (options: SampleCommandOptions) => {
      const { out, quiet, ...sizes } = options;
      // Loaded here: faker takes a quarter of a second, which no other command should pay.
      const { writeSample } = await import('@hcdm/sample');
      const bar = createProgressBar(process.stderr, quiet === true);
      try {
        const manifest = await writeSample(out, { ...sizes, onProgress: (written, total) => bar.update('writing sample', written, total, written) });
        bar.stop(); // before printing, so the table does not land on the bar's line
        process.stdout.write(formatSampleFiles(manifest, outputWidth(process.stdout)));
        process.stderr.write(`Sample written with seed ${manifest.seed}; load it with: hcdm import ${manifest.dir}\n`);
      } finally {
        bar.stop();
      }
    });
}
