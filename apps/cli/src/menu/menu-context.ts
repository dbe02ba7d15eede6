import type { HcdmDatabase, QueryResult } from '@hcdm/analytics';
import { formatResult } from '../output/result.format.js';

/** What every menu entry works with: the open database and where to print. */
export interface MenuContext {
  readonly db: HcdmDatabase;
  /** The database file, for messages and for the sample folder beside it. */
  readonly databasePath: string;
  /** Results (tables). */
  readonly out: NodeJS.WritableStream;
  /** Messages, errors and progress. */
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
  readonly width: number;
}

/** What an entry tells the loop: show the menu again, or leave. */
export type MenuOutcome = 'again' | 'quit';

export interface MenuEntry {
  readonly label: string;
  readonly description: string;
  run(context: MenuContext): Promise<MenuOutcome>;
}

/** Runs one command of the language and draws its result: the menu is a form over the language. */
export async function runAndShow(context: MenuContext, command: string): Promise<MenuOutcome> {
  const result: QueryResult = await context.db.query(command);
  context.out.write(formatResult(result, 'table', context.width));
  return 'again';
}
