import type { PeriodSpec } from '@hcdm/core';
import { askSelect, askText, askWholeNumber } from './ask.prompts.js';

/** Bounds of the numbers the menu asks for: more rows than this is no longer a "top" list. */
export const MAX_ROWS = 1000;
export const MAX_DAYS = 36_500;

export const ALL_TIME = { name: 'All time', value: 'all' } as const;
export const CHOICES = [
  { name: 'Last N days', value: 'last-days', description: 'counted back from the latest record in the data' },
  { name: 'From one date to another', value: 'between', description: 'both days whole, in the configured time zone' },
] as const;

/** Asks for the period of a query: null for all time. */
export async function askPeriod(): Promise<PeriodSpec | null> {
  const choice = await askSelect('Period', [ALL_TIME, ...CHOICES]);
  return choice === 'all' ? null : askBounds(choice);
}

/** A period for an analysis that needs one (new vs repeat callers): All time is left out. */
export async function askRequiredPeriod(): Promise<PeriodSpec> {
  return askBounds(await askSelect('Period', CHOICES));
}

export async function askBounds(choice: (typeof CHOICES)[number]['value']): Promise<PeriodSpec> {
  if (choice === 'last-days') return { kind: 'last-days', days: await askWholeNumber('How many days?', 30, MAX_DAYS) };
  const from = await askText('From (YYYY-MM-DD)', checkDate);
  const to = await askText('To (YYYY-MM-DD)', (text) => {
    const valid = checkDate(text);
    return valid === true && text < from ? `must not be before ${from}` : valid;
  });
  return { kind: 'between', from, to };
}

/** A real calendar date written YYYY-MM-DD, so the form never builds a command that must fail. */
export function checkDate(text: string): true | string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'write the date as YYYY-MM-DD';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? true : `${text} is not a real date`;
}
