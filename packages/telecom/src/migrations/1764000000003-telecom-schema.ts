import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * property_id on a record is the listing whose tracking number it came in on. It has no
 * foreign key here because @hcdm/telecom does not depend on @hcdm/property; the import
 * checks it against the listings instead.
 */
export class TelecomSchema1764000000003 implements MigrationInterface {
  name = 'TelecomSchema1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calls (
        call_id varchar PRIMARY KEY NOT NULL,
        customer_id varchar NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
        occurred_at bigint NOT NULL,
        duration_seconds integer NOT NULL CHECK (duration_seconds >= 0),
        direction varchar NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
        status varchar NOT NULL DEFAULT 'answered' CHECK (status IN ('answered', 'missed')),
        property_id varchar,
        attributed_lead_id varchar,
        attributed_property_id varchar
      )`);
    await queryRunner.query(`
      CREATE TABLE sms (
        sms_id varchar PRIMARY KEY NOT NULL,
        customer_id varchar NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
        occurred_at bigint NOT NULL,
        message_length integer NOT NULL CHECK (message_length >= 0),
        direction varchar NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
        property_id varchar,
        attributed_lead_id varchar,
        attributed_property_id varchar
      )`);
    for (const table of ['calls', 'sms']) {
      // Per-customer activity, per-lead and per-listing rankings, periods: each has its index.
      await queryRunner.query(`CREATE INDEX idx_${table}_customer_time ON ${table} (customer_id, occurred_at)`);
      await queryRunner.query(`CREATE INDEX idx_${table}_lead ON ${table} (attributed_lead_id, occurred_at)`);
      await queryRunner.query(`CREATE INDEX idx_${table}_listing ON ${table} (attributed_property_id, occurred_at)`);
      await queryRunner.query(`CREATE INDEX idx_${table}_time ON ${table} (occurred_at)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sms`);
    await queryRunner.query(`DROP TABLE calls`);
  }
}
