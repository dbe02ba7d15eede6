import { formatCommand } from '@hcdm/analytics';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show tracking numbers`: which listing each number served when, and what it carried. */
export const trackingNumbers: MenuEntry = {
  label: 'Tracking numbers',
  description: 'the listing each tracking number served, window by window, with its calls and SMS',
  async run(context) {
    return runAndShow(context, formatCommand({ kind: 'tracking-numbers' }));
  },
};
