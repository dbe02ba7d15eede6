import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/**
 * Who owns a lead (`agent`, optional free text). Indexed by agent and creation time, so one
 * agent's leads in a period are a range of the index.
 */
export class LeadAgent1764000000030 implements MigrationInterface {
  name = 'LeadAgent1764000000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`ALTER TABLE leads ADD COLUMN agent ${text}`);
    await queryRunner.query(`CREATE INDEX idx_leads_agent ON leads (agent, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_leads_agent`);
    await queryRunner.query(`ALTER TABLE leads DROP COLUMN agent`);
  }
}
