import { dialectOf, type InstantSpan, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { DAY_MS, daySql } from './whole-days.js';

/** Calls per UTC day, direction and status (built at import): what `show call outcomes` counts. */
export const CALL_OUTCOME_DAYS_TABLE = 'precomputed_call_outcome_days';

const DAY_SQL = daySql('occurred_at');

/** Makes the table anew from the data: a cache of the data. */
export async function buildCallOutcomeDaysTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${CALL_OUTCOME_DAYS_TABLE}`);
  await manager.query(
    `CREATE TABLE ${CALL_OUTCOME_DAYS_TABLE} (day bigint NOT NULL, direction ${text} NOT NULL, status ${text} NOT NULL, calls bigint NOT NULL,
      PRIMARY KEY (day, direction, status))`,
  );
  await insertDays(manager, null);
}

/** Counts again the days `span` of the calls reaches (a changed call's day before and after; a merge changes none). */
export async function refreshCallOutcomeDays(manager: EntityManager, span: InstantSpan): Promise<void> {
  const days = { first: Math.floor(span.from / DAY_MS), last: Math.floor(span.to / DAY_MS) };
  await queryNamed(manager, `DELETE FROM ${CALL_OUTCOME_DAYS_TABLE} WHERE day >= :first AND day <= :last`, days);
  await insertDays(manager, days);
}

async function insertDays(manager: EntityManager, days: { first: number; last: number } | null): Promise<void> {
  await queryNamed(
    manager,
    `INSERT INTO ${CALL_OUTCOME_DAYS_TABLE} (day, direction, status, calls)
      SELECT ${DAY_SQL}, direction, status, COUNT(*) FROM calls
      ${days === null ? '' : 'WHERE occurred_at >= :from AND occurred_at < :to'} GROUP BY ${DAY_SQL}, direction, status`,
    days === null ? {} : { from: days.first * DAY_MS, to: (days.last + 1) * DAY_MS },
  );
}
