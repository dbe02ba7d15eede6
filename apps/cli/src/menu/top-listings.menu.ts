import { askSelect, askWholeNumber } from './ask.prompts.js';
import { askPeriod, MAX_ROWS } from './period.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const METRICS = [
  { name: 'SMS inquiries', value: 'sms inquiries', description: 'SMS attributed to the listing' },
  { name: 'Call inquiries', value: 'call inquiries', description: 'calls attributed to the listing' },
  { name: 'Leads', value: 'leads', description: 'leads on the listing' },
  { name: 'Engagement', value: 'engagement', description: 'calls + SMS' },
] as const;

/** `show top N listings by METRIC [period]`, asked step by step. */
export const topListings: MenuEntry = {
  label: 'Top listings',
  description: 'the listings that draw the most inquiries',
  async run(context) {
    const metric = await askSelect('Rank listings by', METRICS);
    const count = await askWholeNumber('How many listings?', 10, MAX_ROWS);
    const period = await askPeriod();
    return runAndShow(context, `show top ${count} listings by ${metric}${period}`);
  },
};
