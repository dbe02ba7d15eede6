import { formatCommand } from '@hcdm/analytics';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show new vs repeat callers PERIOD`: over all time every caller is new, so a period is required. */
export const callerNovelty: MenuEntry = {
  label: 'New vs repeat callers',
  description: 'inbound callers in a period: first call ever in it (new), or before it (repeat)',
  async run(context) {
    const { period, compare } = await askScope(context.db, { compare: true, periodRequired: true });
    // The scope without "All time" always has a period.
    if (!period) return 'again';
    return runAndShow(context, formatCommand({ kind: 'caller-novelty', period, ...(compare ? { compare } : {}) }));
  },
};
