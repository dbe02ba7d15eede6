import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A customer's outbound calls and SMS by time, and nothing else: the first response to a lead
 * and the return of a missed call are each the first outbound record at or after a moment, and
 * with the (customer, time) index alone every inbound record before it was read from the table
 * to see its direction. Partial indexes: SQLite and PostgreSQL both keep only the outbound rows.
 */
export class OutboundIndexes1764000000034 implements MigrationInterface {
  name = 'OutboundIndexes1764000000034';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX idx_calls_outbound ON calls (customer_id, occurred_at) WHERE direction = 'outbound'`);
    await queryRunner.query(`CREATE INDEX idx_sms_outbound ON sms (customer_id, occurred_at) WHERE direction = 'outbound'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_calls_outbound`);
    await queryRunner.query(`DROP INDEX idx_sms_outbound`);
  }
}
