import { askText } from './ask.prompts.js';

/** An id as the data writes it (`L102`, `P17`): one word, kept as typed. */
export async function askId(message: string, example: string): Promise<string> {
  return askText(message, (text) => checkId(text, example));
}

export function checkId(text: string, example: string): true | string {
  if (text === '') return `type an id, like ${example}`;
  return /\s/.test(text) ? `an id is one word, like ${example}` : true;
}
