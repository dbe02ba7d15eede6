import { isValidTimeZone } from '@hcdm/core';
import { askText } from './ask.prompts.js';

/** An IANA time zone, checked, offered as `defaultZone` (the database's configured one). */
export async function askTimeZone(defaultZone: string): Promise<string> {
  return askText('Time zone (IANA, like Asia/Kolkata or UTC)', checkTimeZone, defaultZone);
}

export function checkTimeZone(text: string): true | string {
  if (text === '') return 'type a time zone, like Asia/Kolkata or UTC';
  return isValidTimeZone(text) ? true : `${text} is not an IANA time zone (like Asia/Kolkata, Europe/London, UTC)`;
}
