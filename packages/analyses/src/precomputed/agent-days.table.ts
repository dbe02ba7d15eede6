import { dialectOf, type InstantSpan, queryNamed } from '@hcdm/core';
import { ANSWERED } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { DAY_MS, daySql } from './whole-days.js';

/**
 * Per agent and UTC day, what `show agents` counts of their calls and SMS (built at import): the
 * rankings read these few thousand rows instead of every record, and only the partial days at a
 * period's edges from the records.
 */
export const AGENT_DAYS_TABLE = 'precomputed_agent_days';

const DAY_SQL = daySql('occurred_at');

/** The grouped columns of each source: a call's direction, status and duration; an SMS is counted only. */
const SOURCE_COLUMNS = {
  calls: `COUNT(*), SUM(duration_seconds), SUM(CASE WHEN direction = 'inbound' THEN 1 ELSE 0 END),
    SUM(CASE WHEN direction = 'inbound' AND status = '${ANSWERED}' THEN 1 ELSE 0 END)`,
  sms: 'COUNT(*), 0, 0, 0',
} as const;

/** Makes the table anew from the data: a cache of the data. */
export async function buildAgentDaysTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${AGENT_DAYS_TABLE}`);
  await manager.query(
    `CREATE TABLE ${AGENT_DAYS_TABLE} (source ${text} NOT NULL, agent ${text} NOT NULL, day bigint NOT NULL, records bigint NOT NULL,
      seconds bigint NOT NULL, inbound bigint NOT NULL, answered_inbound bigint NOT NULL, PRIMARY KEY (source, agent, day))`,
  );
  for (const source of ['calls', 'sms'] as const) await insertDays(manager, source, null);
}

/**
 * Counts again the days `span` reaches of `source`'s records: what a write changed there (the
 * span holds a changed record's instants before and after, so an agent or a time that changed is
 * counted off its old day too; a merge moves no record between agents and changes none).
 */
export async function refreshAgentDays(manager: EntityManager, source: 'calls' | 'sms', span: InstantSpan): Promise<void> {
  const days = { first: Math.floor(span.from / DAY_MS), last: Math.floor(span.to / DAY_MS) };
  await queryNamed(manager, `DELETE FROM ${AGENT_DAYS_TABLE} WHERE source = :source AND day >= :first AND day <= :last`, { source, ...days });
  await insertDays(manager, source, days);
}

async function insertDays(manager: EntityManager, source: 'calls' | 'sms', days: { first: number; last: number } | null): Promise<void> {
  const within = days === null ? '' : 'AND occurred_at >= :from AND occurred_at < :to';
  await queryNamed(
    manager,
    `INSERT INTO ${AGENT_DAYS_TABLE} (source, agent, day, records, seconds, inbound, answered_inbound)
      SELECT '${source}', agent, ${DAY_SQL}, ${SOURCE_COLUMNS[source]} FROM ${source}
      WHERE agent IS NOT NULL ${within} GROUP BY agent, ${DAY_SQL}`,
    days === null ? {} : { from: days.first * DAY_MS, to: (days.last + 1) * DAY_MS },
  );
}
