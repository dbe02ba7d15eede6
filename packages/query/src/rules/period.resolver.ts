import { resolvePeriod, type PeriodSpec, type TimeRange } from '@hcdm/core';
import type { RuleContext } from './rule.types.js';

/** The instants a command's period covers; "now" is looked up only for `in last N days`. */
export async function resolveCommandRange(period: PeriodSpec | null, context: RuleContext): Promise<TimeRange> {
  const now = period?.kind === 'last-days' ? await context.now() : null;
  return resolvePeriod(period, context.settings.timeZone, now);
}

