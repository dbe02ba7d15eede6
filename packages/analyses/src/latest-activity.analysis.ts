import type { EntityManager } from 'typeorm';
import { queryNamed } from '@hcdm/core';
import { toNullableNumber } from '@hcdm/telecom';

/**
 * The latest timestamp among calls, SMS and leads, in epoch ms (null for an empty database):
 * "now" for relative periods, so results on batch data do not drift with the wall clock.
 * Each MAX is answered from its time index.
 */
export async function latestActivity(manager: EntityManager): Promise<number | null> {
  const raw = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT (SELECT MAX(occurred_at) FROM calls) AS calls,
            (SELECT MAX(occurred_at) FROM sms) AS sms,
            (SELECT MAX(created_at) FROM leads) AS leads`,
    {},
  );
  const row = raw[0] ?? {};
  const instants = [row.calls, row.sms, row.leads].map(toNullableNumber).filter((t): t is number => t !== null);
  return instants.length > 0 ? Math.max(...instants) : null;
}
