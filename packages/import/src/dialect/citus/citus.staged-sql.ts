import { differs } from '../../merge.sql.js';
import { stageTable } from '../../stage.sql.js';
import type { StagedSql } from '../import-dialect.js';

/**
 * The staged SQL on Citus, where the staging table is the coordinator's own and the targets
 * are on the workers. Citus runs `UPDATE stage ... FROM table` (a join) against split and
 * copied tables alike, but no anti-join from a local table: a correlated NOT EXISTS is refused
 * ("relation ... is not distributed"), and a NOT IN over a join with a copied table is sent to
 * a worker that has no staging table. So rows are marked by joins alone: every candidate
 * first, then the ones the join finds are unmarked (the staged rows are written twice, a cost
 * SQLite and PostgreSQL do not pay). Split tables are unique by (customer_id, key), as Citus
 * requires of their unique keys; a row cannot change its customer in place, so a stored row
 * whose update names another customer is deleted first and the upsert inserts it anew.
 */
export const CITUS_STAGED_SQL: StagedSql = {
  classify: (spec) => {
    const stage = stageTable(spec);
    return [
      `UPDATE ${stage} SET change = 'insert' WHERE ok = 1`,
      `UPDATE ${stage} SET change = CASE WHEN ${differs(spec, 't', stage)} THEN 'update' END FROM ${spec.table} t
        WHERE t.${spec.key} = ${stage}.${spec.key} AND ${stage}.ok = 1`,
    ];
  },
  // `change` is free until the rows are classified: it holds the mark meanwhile.
  markUnknown: (spec, reference) => {
    const stage = stageTable(spec);
    return [
      `UPDATE ${stage} SET change = CASE WHEN ${reference.column} IS NOT NULL THEN 'unknown' END`,
      `UPDATE ${stage} SET change = NULL FROM ${reference.table} r WHERE r.${reference.key} = ${stage}.${reference.column}`,
    ];
  },
  unknown: (_spec, _reference, row) => `${row}.change = 'unknown'`,
  conflictColumns: (spec) => (spec.customerColumn === undefined || spec.customerColumn === spec.key ? [spec.key] : [spec.customerColumn, spec.key]),
  beforeUpsert: (spec) => {
    const customer = spec.customerColumn;
    if (customer === undefined || customer === spec.key) return [];
    return [
      `DELETE FROM ${spec.table} WHERE (${customer}, ${spec.key}) IN (
         SELECT t.${customer}, t.${spec.key} FROM ${spec.table} t JOIN ${stageTable(spec)} s ON s.${spec.key} = t.${spec.key}
           WHERE s.change = 'update' AND t.${customer} <> s.${customer})`,
    ];
  },
};
