import type { HcdmDatabase } from '@hcdm/analytics';
import type { QueryResult } from '@hcdm/analytics';
import type { BarGlyphs } from '../output/bars.format.js';
import { formatResult } from '../output/result.format.js';
import { withSpinner } from './analysis.spinner.js';

/** What the menu remembers from one entry to the next. */
export interface MenuState {
  /** The result last shown, for "Save the last result". */
  lastResult: QueryResult | null;
  /** The entry last chosen in each section (by section label), offered first next time. */
  readonly lastChoices: Map<string, string>;
}

/** What every menu entry works with: the open database, where to print, and the menu's memory. */
export interface MenuContext {
  readonly db: HcdmDatabase;
  /** The database file, for messages and for the sample folder beside it. */
  readonly databasePath: string;
  /** Results (tables). */
  readonly out: NodeJS.WritableStream;
  /** Messages, errors and progress. */
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
  readonly width: number;
  /** How bar charts are drawn (blocks when not given: the menu runs on a terminal). */
  readonly glyphs?: BarGlyphs;
  readonly state: MenuState;
}

export function newMenuState(): MenuState {
  return { lastResult: null, lastChoices: new Map() };
}

/** What an entry tells the loop: show the menu again, or leave. */
export type MenuOutcome = 'again' | 'quit';

export interface MenuEntry {
  readonly label: string;
  readonly description: string;
  /** False hides the entry (an entry with nothing to offer here); shown when not given. */
  available?(context: MenuContext): boolean;
  run(context: MenuContext): Promise<MenuOutcome>;
}

/**
 * Runs one command of the language and draws its result: the menu is a form over the language.
 * Every analysis of the menu runs here, so none leaves the analyst waiting without a spinner.
 */
export async function runAndShow(context: MenuContext, command: string): Promise<MenuOutcome> {
  const result: QueryResult = await withSpinner(context.err, command, () => context.db.query(command));
  context.state.lastResult = result;
  context.out.write(formatResult(result, 'table', context.width, context.glyphs ?? 'blocks'));
  return 'again';
}
