import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-lead and per-listing indexes also carry what the rankings read besides the count:
 * a lead's talk time, and the customers behind a listing's inquiries (its distinct inquirers).
 * Without them, ranking the top leads or listings looked up every call or SMS of the winners in
 * the table itself, tens of thousands of random reads; with them, the index alone answers.
 */
export class CoveringAttributionIndexes1764000000004 implements MigrationInterface {
  name = 'CoveringAttributionIndexes1764000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.replace(queryRunner, {
      idx_calls_lead: 'calls (attributed_lead_id, occurred_at, duration_seconds)',
      idx_calls_listing: 'calls (attributed_property_id, occurred_at, customer_id)',
      idx_sms_listing: 'sms (attributed_property_id, occurred_at, customer_id)',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replace(queryRunner, {
      idx_calls_lead: 'calls (attributed_lead_id, occurred_at)',
      idx_calls_listing: 'calls (attributed_property_id, occurred_at)',
      idx_sms_listing: 'sms (attributed_property_id, occurred_at)',
    });
  }

  private async replace(queryRunner: QueryRunner, indexes: Record<string, string>): Promise<void> {
    for (const [name, definition] of Object.entries(indexes)) {
      await queryRunner.query(`DROP INDEX ${name}`);
      await queryRunner.query(`CREATE INDEX ${name} ON ${definition}`);
    }
  }
}
