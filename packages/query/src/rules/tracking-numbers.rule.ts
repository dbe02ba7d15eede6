import { trackingNumbers } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface TrackingNumbersQuery {
  readonly kind: 'tracking-numbers';
}

const COLUMNS = [
  textColumn('trackingNumber', 'Tracking Number'),
  textColumn('propertyId', 'Listing'),
  textColumn('title', 'Title'),
  textColumn('validFrom', 'From'),
  textColumn('validTo', 'To'),
  numberColumn('calls', 'Calls'),
  numberColumn('sms', 'SMS'),
];

/** Each tracking number's windows: the listing it served, when, and the calls and SMS it carried then. */
export const trackingNumbersRule: CommandRule<TrackingNumbersQuery> = {
  kind: 'tracking-numbers',
  pattern: /^show tracking numbers$/i,
  usage: 'show tracking numbers',
  example: 'show tracking numbers',
  description: 'each tracking number, the listing each of its windows served, and the calls and SMS it carried in that window',
  // The windows are the period: each row counts the records of its own.
  takesPeriod: false,
  suggestions: () => ['show tracking numbers'],
  parse: () => ({ kind: 'tracking-numbers' }),
  format: () => 'show tracking numbers',
  async run(_query, context) {
    const rows = await trackingNumbers(context.manager, { timeZone: context.settings.timeZone });
    return {
      command: 'show tracking numbers',
      title: 'Tracking numbers',
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(rows, COLUMNS.map((column) => column.key)),
    };
  },
};
