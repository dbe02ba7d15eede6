import { DEFAULT_RETURN_WINDOW_HOURS } from '@hcdm/telecom';
import type { CommandRule } from './rule.types.js';
import { formatMissedCalls, parseMissedCalls, runMissedCalls, type MissedCallsQuery } from './missed-calls.rule.js';
import { RANKING_FILTERS, suffixesOf } from './query-suffixes.js';

export const unreturnedMissedCallsRule: CommandRule<MissedCallsQuery> = {
  kind: 'missed-calls',
  pattern: /^show unreturned missed calls(?: within (\S+) hours?)?$/i,
  usage: 'show unreturned missed calls [within N hours]',
  example: 'show unreturned missed calls within 48 hours',
  description: `missed calls with no outbound call or SMS to the customer within N hours after (default ${DEFAULT_RETURN_WINDOW_HOURS})`,
  takesPeriod: true,
  filters: RANKING_FILTERS,
  suggestions: () => ['show unreturned missed calls', `show unreturned missed calls within ${DEFAULT_RETURN_WINDOW_HOURS} hours`],
  parse: ({ text, groups: [hours], period, ...match }) => ({ ...parseMissedCalls(text, hours, period, true), ...suffixesOf(match) }),
  format: formatMissedCalls,
  run: runMissedCalls,
};
