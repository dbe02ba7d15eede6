import { askSelect, askText, askWholeNumber } from './ask.prompts.js';

type PeriodChoice = 'all' | 'last-days' | 'between';

/** Bounds of the numbers the menu asks for: more rows than this is no longer a "top" list. */
export const MAX_ROWS = 1000;
export const MAX_DAYS = 36_500;

const ALL_TIME = { name: 'All time', value: 'all' } as const;
const CHOICES = [
  { name: 'Last N days', value: 'last-days', description: 'counted back from the latest record in the data' },
  { name: 'From one date to another', value: 'between', description: 'both days whole, in the configured time zone' },
] as const;

/**
 * Asks for a period and answers it as the command language's suffix (`''` for all time).
 * `required` leaves out All time, for an analysis that needs a period (new vs repeat callers).
 */
export async function askPeriod(options: { required?: boolean } = {}): Promise<string> {
  const choice = await askSelect<PeriodChoice>('Period', options.required ? CHOICES : [ALL_TIME, ...CHOICES]);
  if (choice === 'all') return '';
  if (choice === 'last-days') return ` in last ${await askWholeNumber('How many days?', 30, MAX_DAYS)} days`;
  const from = await askText('From (YYYY-MM-DD)', checkDate);
  const to = await askText('To (YYYY-MM-DD)', (text) => {
    const valid = checkDate(text);
    return valid === true && text < from ? `must not be before ${from}` : valid;
  });
  return ` from ${from} to ${to}`;
}

/** A real calendar date written YYYY-MM-DD, so the form never builds a command that must fail. */
export function checkDate(text: string): true | string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'write the date as YYYY-MM-DD';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? true : `${text} is not a real date`;
}
