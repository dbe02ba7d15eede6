import { formatCommand } from '@hcdm/analytics';
import { askSelect, askWholeNumber } from './ask.prompts.js';
import { MAX_ROWS } from './period.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const METRICS = [
  { name: 'Call volume', value: 'callCount', description: 'calls attributed to the lead' },
  { name: 'SMS volume', value: 'smsCount', description: 'SMS attributed to the lead' },
  { name: 'Call duration', value: 'callSeconds', description: 'total talk time' },
  { name: 'Engagement', value: 'engagement', description: 'calls + SMS' },
] as const;

/** `show top N leads by METRIC [filters] [period] [compared with previous period]`, asked step by step. */
export const topLeads: MenuEntry = {
  label: 'Top leads',
  description: 'the most contacted leads by calls, SMS, talk time or both',
  async run(context) {
    const metric = await askSelect('Rank leads by', METRICS);
    const limit = await askWholeNumber('How many leads?', 5, MAX_ROWS);
    const scope = await askScope(context.db, { filters: true, compare: true });
    return runAndShow(context, formatCommand({ kind: 'top-leads', metric, limit, ...scope }));
  },
};
