import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/**
 * Who handled a call or SMS (`agent`, optional free text). Indexed by agent and time, so one
 * agent's records in a period (`show agent summary for A`) are a range of the index, not a scan.
 */
export class RecordAgent1764000000031 implements MigrationInterface {
  name = 'RecordAgent1764000000031';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = dialectOf(queryRunner).textColumnType;
    for (const table of ['calls', 'sms']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN agent ${text}`);
      await queryRunner.query(`CREATE INDEX idx_${table}_agent ON ${table} (agent, occurred_at)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sms', 'calls']) {
      await queryRunner.query(`DROP INDEX idx_${table}_agent`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN agent`);
    }
  }
}
