import { askText } from './ask.prompts.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show customer activity summary for X`; an unknown customer is the library's error, shown by the loop. */
export const customerActivity: MenuEntry = {
  label: 'Customer activity summary',
  description: "one customer's calls, SMS, leads and listings, by phone or customer id",
  async run(context) {
    const who = await askText('Phone or customer id', (text) => (text === '' ? 'type a phone number or a customer id' : true));
    return runAndShow(context, `show customer activity summary for ${who}`);
  },
};
