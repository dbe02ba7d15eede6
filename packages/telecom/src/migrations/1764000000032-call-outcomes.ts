import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';
import { CALL_STATUSES } from '../call-status.js';

/**
 * Calls may also end in `voicemail`, `busy` or `failed` (none of them answered): the CHECK on
 * calls.status is widened. How depends on the engine (SQLite rebuilds the table, PostgreSQL
 * swaps the constraint), so the dialect does it.
 */
export class CallOutcomes1764000000032 implements MigrationInterface {
  name = 'CallOutcomes1764000000032';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dialectOf(queryRunner).setAllowedValues(queryRunner, { table: 'calls', column: 'status', values: CALL_STATUSES });
  }

  /** Back to answered or missed: a call that ended otherwise was not answered, so it becomes missed (the finer outcome is lost). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE calls SET status = 'missed' WHERE status NOT IN ('answered', 'missed')`);
    await dialectOf(queryRunner).setAllowedValues(queryRunner, { table: 'calls', column: 'status', values: ['answered', 'missed'] });
  }
}
