import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveImportFiles } from '@hcdm/analytics';
import { RECORD_KINDS, type ColumnMapping, type RecordKind, type UnknownNumbers } from '@hcdm/analytics';
import { readGlobalOptions } from '../global-options.js';
import { withDatabase } from '../database.open.js';
import { parseColumnMapping } from '../column-mapping.option.js';
import { importWithProgress } from '../import-with-progress.js';
import { formatImportSummary } from '../output/import-summary.format.js';
import { outputWidth } from '../output/output-width.js';

interface ImportCommandOptions {
  skipInvalid?: boolean;
  rejects?: string;
  kind?: RecordKind;
  quiet?: boolean;
  wait?: number;
  map?: ColumnMapping;
  unknownNumbers?: UnknownNumbers;
}

/** `hcdm import PATH...`: all or nothing unless --skip-invalid; the summary on stdout. */
export function importCommand(): Command {
  return new Command('import')
    .description('load CSV, JSON or NDJSON exports (folders or files) into the database, all or nothing')
    .argument('<paths...>', 'folders and files; a file\'s kind comes from its name (customers, listings, leads, calls, sms)')
    .option('--skip-invalid', 'write the good rows and put the rejected ones, with their reasons, in a rejects file')
    .option('--rejects <file>', 'where --skip-invalid writes the rejected rows (default: hcdm-rejects.csv in the current folder)')
    .addOption(new Option('--kind <kind>', 'read every file as this kind, whatever its name').choices(RECORD_KINDS))
    .option('--quiet', 'no progress bar')
    .option('--map <kind.column=field,...>', "read a file's column as a field, e.g. calls.caller=phone,calls.start=timestamp (repeatable)", mapOption)
    .addOption(new Option('--unknown-numbers <what>', 'a call or SMS of a number no customer has: create a customer for it, or reject the row').choices(['create', 'reject']).default('create'))
    .option('--wait <seconds>', 'while another import writes, wait at most this long (default: until it finishes; 0: not at all)', parseWaitSeconds)
    .addHelpText(
      'after',
      `
Prints a table of inserted / updated / unchanged / rejected rows per kind on stdout; a progress
bar on stderr when it is a terminal. A bad row is reported as file:line: field: reason (value);
without --skip-invalid nothing is written and the exit status is 1. Imports take turns: one
started while another writes says it is waiting and starts when that one commits (--wait
SECONDS: give up after that long, status 2).

A call or SMS may name its customer by phone (any spelling) instead of customer_id; a number
no customer has becomes a customer of its own (--unknown-numbers reject refuses the row), and a
customers file that brings that number later takes its place. --map reads a vendor's columns
as hcdm's fields (also "columns" in hcdm.config.json).

Examples:
  $ hcdm import ./exports
  $ hcdm import phone-system/calls.csv --map calls.caller=phone,calls.start=timestamp,calls.secs=duration
  $ hcdm import customers.csv calls.ndjson --db crm.sqlite
  $ hcdm import today.csv --kind calls --skip-invalid --rejects today.rejects.csv`,
    )
    .action(async (paths: string[], options: ImportCommandOptions, command: Command) => {
      if (options.rejects && !options.skipInvalid) command.error('error: --rejects needs --skip-invalid (without it nothing is written when a row is bad)');
      const global = readGlobalOptions(command);
      // Missing or unrecognizable files are reported before the database is opened (and created).
      resolveImportFiles(paths, options.kind);
      await withDatabase(global, 'create', async (db) => {
        const request = {
          paths,
          skipInvalid: options.skipInvalid,
          rejectsPath: options.rejects,
          kind: options.kind,
          waitSeconds: options.wait,
          columns: options.map,
          unknownNumbers: options.unknownNumbers,
        };
        const summary = await importWithProgress(db, request, process.stderr, options.quiet === true);
        process.stdout.write(formatImportSummary(summary, outputWidth(process.stdout)));
      });
    });
}

/** --map, its reason a usage error as commander words it. */
function mapOption(value: string, earlier: ColumnMapping | undefined): ColumnMapping {
  try {
    return parseColumnMapping(value, earlier);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseWaitSeconds(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new InvalidArgumentError('needs a number of seconds, 0 or more');
  return seconds;
}
