import { formatCommand } from '@hcdm/analytics';
import { askRequiredPeriod } from './period.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show new vs repeat callers PERIOD`: over all time every caller is new, so a period is required. */
export const callerNovelty: MenuEntry = {
  label: 'New vs repeat callers',
  description: 'inbound callers in a period: first call ever in it (new), or before it (repeat)',
  async run(context) {
    const period = await askRequiredPeriod();
    return runAndShow(context, formatCommand({ kind: 'caller-novelty', period }));
  },
};
