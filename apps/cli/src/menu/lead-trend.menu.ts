import { formatCommand } from '@hcdm/analytics';
import { askPeriod } from './period.prompt.js';
import { askTrendBucket } from './trend-bucket.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show leads by month|week|day [period]`: new leads over time, as a bar chart. */
export const leadTrend: MenuEntry = {
  label: 'Leads over time',
  description: 'new leads per month, week or day, as a bar chart (every bucket of the period, empty ones 0)',
  async run(context) {
    const bucket = await askTrendBucket('month');
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'trend', source: 'leads', bucket, period }));
  },
};
