import { Command } from 'commander';
import { withDatabase } from '../database.open.js';
import { readGlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { createResultPrinter } from '../output/result-printer.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { sqlListResult } from '../output/sql.result.js';
import { addOutputOptions, readOutputOptions } from './output.options.js';

/** `hcdm sql "SELECT ..."`: one statement, read-only, its rows in any output format; `--schema` lists the columns. */
export function sqlCommand(): Command {
  const command = new Command('sql')
    .description('run one read-only SQL statement (SQLite or PostgreSQL, as the database is) and print its rows')
    .argument('[statement...]', 'one SQL statement, e.g. "SELECT * FROM calls LIMIT 5" (quote it, so the shell leaves * alone)')
    .option('--schema', 'list every table and its columns (name, type, nullable) instead');
  return addOutputOptions(command)
    .addHelpText(
      'after',
      `
Read-only by construction: SQLite is opened read-only, PostgreSQL runs the statement in a READ
ONLY transaction. A statement that would write is refused (exit status 1), as is one the
database cannot run. The tables and columns are described in the CLI README ("hcdm sql").

Examples:
  $ hcdm sql --schema
  $ hcdm sql "SELECT customer_id, COUNT(*) AS calls FROM calls GROUP BY customer_id ORDER BY calls DESC LIMIT 5"
  $ hcdm sql "SELECT * FROM leads WHERE status = 'new'" --format csv --out new-leads.csv`,
    )
    .action(async (words: string[], options: { schema?: boolean; format: OutputFormat; out?: string }, self: Command) => {
      const statement = words.join(' ');
      if (options.schema && statement.trim() !== '') self.error('error: give a statement or --schema, not both');
      if (!options.schema && statement.trim() === '') self.error('error: give a statement, e.g. hcdm sql "SELECT * FROM calls LIMIT 5", or --schema');
      const global = readGlobalOptions(self);
      const print = createResultPrinter(readOutputOptions(options), { out: process.stdout, err: process.stderr, width: outputWidth(process.stdout), glyphs: outputGlyphs(process.stdout) });
      await withDatabase(global, 'read-only', async (db) => {
        if (options.schema) print(sqlListResult('--schema', await db.sqlSchema(), 'Tables and columns'));
        else print(sqlListResult(statement, await db.sql(statement)));
      });
    });
}
