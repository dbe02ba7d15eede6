import { formatCommand } from '@hcdm/analytics';
import { askPeriod } from './period.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show call outcomes [period]`. */
export const callOutcomes: MenuEntry = {
  label: 'Call outcomes',
  description: 'calls per direction that were answered, missed, went to voicemail, busy or failed, with shares',
  async run(context) {
    return runAndShow(context, formatCommand({ kind: 'call-outcomes', period: await askPeriod() }));
  },
};
