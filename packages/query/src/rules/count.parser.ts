import { InvalidCommandError } from '../query.errors.js';

/** The largest N a command takes (rows, days, hours): far past any real export, and exact as a number. */
export const MAX_COUNT = 1_000_000;

/** A whole number above 0 (a row limit, a number of days), or an InvalidCommandError saying why not. */
export function parseCount(text: string, value: string, label: string): number {
  if (/^\d+$/.test(value) && Number(value) > MAX_COUNT) {
    throw new InvalidCommandError(text, `${label}: is too large (at most ${MAX_COUNT}) (${value.length > 24 ? `${value.slice(0, 24)}...` : value})`);
  }
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count <= 0) {
    throw new InvalidCommandError(text, `${label}: needs a whole number above 0 (${value})`);
  }
  return count;
}

/** The N the user wrote after "top", when it is a number, for suggestions; else `fallback`. */
export function writtenLimit(text: string, fallback: number): string {
  const written = /\btop (\S+)/i.exec(text)?.[1] ?? '';
  return /^\d+$/.test(written) ? written : String(fallback);
}
