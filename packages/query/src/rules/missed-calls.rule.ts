import type { PeriodSpec } from '@hcdm/core';
import { DEFAULT_RETURN_WINDOW_HOURS } from '@hcdm/telecom';
import { missedCalls } from '@hcdm/analyses';
import type { QueryResult } from '../query-result.types.js';
import type { RuleContext, CommandRule } from './rule.types.js';
import { parseCount } from './count.parser.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { describeScope } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';
import { RANKING_FILTERS, suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface MissedCallsQuery extends QuerySuffixes {
  readonly kind: 'missed-calls';
  /** Only the calls no outbound call or SMS returned within the window. */
  readonly unreturnedOnly: boolean;
  readonly windowHours: number;
  readonly period: PeriodSpec | null;
}

const CALL_COLUMNS = [
  textColumn('callId', 'Call ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  textColumn('timestamp', 'Time'),
];
// The table shows the return as seconds after the call ("-": not returned), so the call's time
// fits 80 columns; the rows also carry returned (a boolean) and returnedAt.
const RETURN_SECONDS = numberColumn('returnSeconds', 'Seconds to Return');
const KEYS = ['callId', 'customerId', 'name', 'phone', 'timestamp', 'returned', 'returnedAt', 'returnSeconds'];

export const missedCallsRule: CommandRule<MissedCallsQuery> = {
  kind: 'missed-calls',
  pattern: /^show missed calls(?: within (\S+) hours?)?$/i,
  usage: 'show missed calls [within N hours]',
  example: 'show missed calls in last 7 days',
  description: `inbound missed calls, each returned or not: an outbound call or SMS within N hours (default ${DEFAULT_RETURN_WINDOW_HOURS})`,
  takesPeriod: true,
  filters: RANKING_FILTERS,
  suggestions: () => ['show missed calls', `show missed calls within ${DEFAULT_RETURN_WINDOW_HOURS} hours`],
  parse: ({ text, groups: [hours], period, ...match }) => ({ ...parseMissedCalls(text, hours, period, false), ...suffixesOf(match) }),
  format: formatMissedCalls,
  run: runMissedCalls,
};

/** The query of either missed-calls form; `hours` is the N of "within N hours", if written. */
export function parseMissedCalls(
  text: string,
  hours: string | undefined,
  period: PeriodSpec | null,
  unreturnedOnly: boolean,
): MissedCallsQuery {
  const windowHours = hours === undefined ? DEFAULT_RETURN_WINDOW_HOURS : parseCount(text, hours, 'N hours');
  return { kind: 'missed-calls', unreturnedOnly, windowHours, period };
}

/** Either form, with the window it counted written out. */
export function formatMissedCalls(query: MissedCallsQuery): string {
  const which = query.unreturnedOnly ? 'unreturned missed calls' : 'missed calls';
  return `show ${which} within ${query.windowHours} hours${formatSuffixes(query)}`;
}

export async function runMissedCalls(query: MissedCallsQuery, context: RuleContext): Promise<QueryResult> {
  const range = await resolveCommandRange(query.period, context);
  const { unreturnedOnly, windowHours } = query;
  const timeZone = context.settings.timeZone;
  const rows = await missedCalls(context.manager, { range, windowHours, unreturnedOnly, timeZone, filter: query.filters });
  const scope = describeScope(query, null);
  return {
    command: formatMissedCalls(query),
    title: unreturnedOnly
      ? `Missed calls not called or texted back within ${windowHours} hours${scope}`
      : `Missed calls, returned if called or texted back within ${windowHours} hours${scope}`,
    shape: 'list',
    columns: unreturnedOnly ? CALL_COLUMNS : [...CALL_COLUMNS, RETURN_SECONDS],
    rows: pickRows(rows, KEYS),
  };
}
