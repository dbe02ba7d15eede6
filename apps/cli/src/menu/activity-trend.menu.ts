import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { askPeriod } from './period.prompt.js';
import { askTrendBucket } from './trend-bucket.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const SOURCES = [
  { name: 'Calls', value: 'calls', description: 'every call, inbound and outbound, answered or missed' },
  { name: 'SMS', value: 'sms', description: 'every SMS, inbound and outbound' },
  { name: 'Engagement', value: 'engagement', description: 'calls + SMS, with each beside the bar' },
] as const;

/** `show calls|sms|engagement by day|week|month [period]`: a bar chart, a bar per bucket. */
export const activityTrend: MenuEntry = {
  label: 'Trends',
  description: 'calls, SMS or both per day, week or month, as a bar chart (every bucket of the period, empty ones 0)',
  async run(context) {
    const source = await askSelect('Trend of', SOURCES);
    const bucket = await askTrendBucket('week');
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'trend', source, bucket, period }));
  },
};
