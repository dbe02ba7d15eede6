import { type TimeRange, queryNamed } from '@hcdm/core';
import { type CallOutcomeCount, TelecomService, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { CALL_OUTCOME_DAYS_TABLE } from './call-outcome-days.table.js';
import { dayCondition, splitAtWholeDays } from './whole-days.js';

/**
 * The calls in `range` per direction and status as `TelecomService.callOutcomes` counts them (the
 * pairs that occur): whole UTC days from the table, the partial days at the edges from the calls.
 * The caller has checked that the precomputed tables are current.
 */
export async function precomputedCallOutcomes(manager: EntityManager, range: TimeRange): Promise<CallOutcomeCount[]> {
  const split = splitAtWholeDays(range);
  const counts = new Map<string, CallOutcomeCount>();
  const add = (outcome: CallOutcomeCount) => {
    const key = `${outcome.direction} ${outcome.status}`;
    counts.set(key, { ...outcome, calls: (counts.get(key)?.calls ?? 0) + outcome.calls });
  };
  if (split.days !== null) {
    const within = dayCondition(split.days);
    const rows = await queryNamed<Record<string, unknown>>(
      manager,
      `SELECT direction, status, SUM(calls) AS calls FROM ${CALL_OUTCOME_DAYS_TABLE} WHERE ${within.condition} GROUP BY direction, status`,
      within.parameters,
    );
    for (const row of rows) add({ direction: row.direction as CallOutcomeCount['direction'], status: row.status as CallOutcomeCount['status'], calls: toNumber(row.calls) });
  }
  for (const edge of split.edges) for (const outcome of await new TelecomService(manager).callOutcomes(edge)) add(outcome);
  return [...counts.values()];
}
