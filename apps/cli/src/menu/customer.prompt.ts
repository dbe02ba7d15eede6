import { tryNormalizePhone, type HcdmSettings } from '@hcdm/core';
import { askText } from './ask.prompts.js';

/**
 * A phone in any spelling or a customer id. What is plainly a phone (a leading +, or digits
 * grouped by spaces, dashes or brackets) must be a possible number, so a typo is caught here
 * rather than answered "no customer"; bare digits may be an id and go to the lookup as typed.
 */
export async function askCustomer(defaultRegion: HcdmSettings['defaultRegion']): Promise<string> {
  return askText('Phone or customer id', (text) => checkCustomer(text, defaultRegion));
}

export function checkCustomer(text: string, defaultRegion: HcdmSettings['defaultRegion']): true | string {
  if (text === '') return 'type a phone number or a customer id';
  const phoneShaped = /^\+/.test(text) || /^\(?\d[\d ().-]*[ ().-][\d ().-]*\d$/.test(text);
  if (phoneShaped && tryNormalizePhone(text, defaultRegion) === null) {
    return `${text} is not a possible phone number (numbers without a country code are read as ${defaultRegion})`;
  }
  return true;
}
