import { describePeriod, isValidTimeZone, type PeriodSpec } from '@hcdm/core';
import { activityHeatmap, type HeatmapSource } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface ActivityHeatmapQuery {
  readonly kind: 'activity-heatmap';
  readonly source: HeatmapSource;
  /** The zone written after `in`; null: the configured zone. */
  readonly timeZone: string | null;
  readonly period: PeriodSpec | null;
}

const COLUMNS = [textColumn('weekday', 'Weekday'), numberColumn('hour', 'Hour'), numberColumn('count', 'Count')];
const WORDS: Record<HeatmapSource, { command: string; title: string }> = {
  calls: { command: 'call', title: 'Calls' },
  sms: { command: 'sms', title: 'SMS' },
};

export const activityHeatmapRule: CommandRule<ActivityHeatmapQuery> = {
  kind: 'activity-heatmap',
  pattern: /^show (calls?|sms) heatmap(?: in (\S+))?$/i,
  usage: 'show call|sms heatmap [in ZONE]',
  example: 'show call heatmap in Asia/Kolkata',
  description: 'calls or SMS by weekday and hour (7 x 24) in an IANA time zone (default: the configured one)',
  takesPeriod: true,
  suggestions(text) {
    const zone = /\bin (\S+)$/i.exec(text)?.[1];
    const suffix = zone === undefined ? '' : ` in ${zone}`;
    return [`show call heatmap${suffix}`, `show sms heatmap${suffix}`];
  },
  parse({ text, groups: [source = '', timeZone], period }) {
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      throw new InvalidCommandError(text, `zone: is not an IANA time zone like UTC or Asia/Kolkata (${timeZone})`);
    }
    const heatmapSource: HeatmapSource = source.toLowerCase() === 'sms' ? 'sms' : 'calls';
    return { kind: 'activity-heatmap', source: heatmapSource, timeZone: timeZone ?? null, period };
  },
  format(query) {
    const zone = query.timeZone === null ? '' : ` in ${query.timeZone}`;
    return `show ${WORDS[query.source].command} heatmap${zone}${formatPeriod(query.period)}`;
  },
  async run(query, context) {
    const timeZone = query.timeZone ?? context.settings.timeZone;
    // The period's whole days are the heatmap's zone's, so Monday to Sunday fills each weekday once.
    const range = await resolveCommandRange(query.period, { ...context, settings: { ...context.settings, timeZone } });
    const cells = await activityHeatmap(context.manager, { source: query.source, timeZone, range });
    return {
      // The result names the zone it was counted in, the configured one included.
      command: activityHeatmapRule.format({ ...query, timeZone }),
      title: `${WORDS[query.source].title} by weekday and hour in ${timeZone} (${describePeriod(query.period)})`,
      shape: 'heatmap',
      columns: COLUMNS,
      rows: pickRows(
        cells,
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
