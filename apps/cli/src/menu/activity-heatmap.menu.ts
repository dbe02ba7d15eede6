import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { askPeriod } from './period.prompt.js';
import { askTimeZone } from './time-zone.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const SOURCES = [
  { name: 'Calls', value: 'calls', description: 'every call, inbound and outbound, answered or missed' },
  { name: 'SMS', value: 'sms', description: 'every SMS, inbound and outbound' },
] as const;

/** `show call|sms heatmap in ZONE [period]`: a shaded weekday x hour grid. */
export const activityHeatmap: MenuEntry = {
  label: 'Activity heatmap',
  description: 'calls or SMS by weekday and hour, as a shaded grid, in a time zone you choose',
  async run(context) {
    const source = await askSelect('Heatmap of', SOURCES);
    const timeZone = await askTimeZone(context.db.settings.timeZone);
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'activity-heatmap', source, timeZone, period }));
  },
};
