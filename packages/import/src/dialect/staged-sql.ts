import { classifySql } from '../merge.sql.js';
import { unknownReferenceCondition } from '../stage.sql.js';
import type { StagedSql } from './import-dialect.js';

/**
 * The staged SQL of an engine that keeps each table whole (SQLite, PostgreSQL): anti-joins by
 * NOT EXISTS, each table unique by its own key, an updated row changed in place.
 */
export const SINGLE_NODE_STAGED_SQL: StagedSql = {
  classify: classifySql,
  markUnknown: () => [],
  unknown: (_spec, reference, row) => unknownReferenceCondition(reference, row),
  conflictColumns: (spec) => [spec.key],
  beforeUpsert: () => [],
};
