import { formatCommand } from '@hcdm/analytics';
import { askSelect, askWholeNumber } from './ask.prompts.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** A return window longer than a year says nothing about follow-up. */
export const MAX_WINDOW_HOURS = 8760;

const WHICH = [
  { name: 'All missed calls', value: 'all', description: 'each inbound missed call, returned or not, with the seconds to its return' },
  { name: 'Only the unreturned ones', value: 'unreturned', description: 'no outbound call or SMS to the customer within the window' },
] as const;

/** `show [unreturned] missed calls within N hours [period]`. */
export const missedCalls: MenuEntry = {
  label: 'Missed calls',
  description: 'inbound missed calls, and whether they were called or texted back in time',
  async run(context) {
    const which = await askSelect('Which missed calls?', WHICH);
    const windowHours = await askWholeNumber('Returned within how many hours?', 24, MAX_WINDOW_HOURS);
    const scope = await askScope(context.db, { filters: true });
    return runAndShow(context, formatCommand({ kind: 'missed-calls', unreturnedOnly: which === 'unreturned', windowHours, ...scope }));
  },
};
