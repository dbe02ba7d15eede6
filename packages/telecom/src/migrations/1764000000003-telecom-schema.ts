import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/**
 * property_id on a record is the listing whose tracking number it came in on. It has no
 * foreign key here because @hcdm/telecom does not depend on @hcdm/property; the import
 * checks it against the listings instead.
 */
export class TelecomSchema1764000000003 implements MigrationInterface {
  name = 'TelecomSchema1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    // varchar, with the "C" collation on PostgreSQL: text sorts by bytes on both (see Dialect.textColumnType).
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`
      CREATE TABLE calls (
        call_id ${text} PRIMARY KEY NOT NULL,
        customer_id ${text} NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
        occurred_at bigint NOT NULL,
        duration_seconds integer NOT NULL CHECK (duration_seconds >= 0),
        direction ${text} NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
        status ${text} NOT NULL DEFAULT 'answered' CHECK (status IN ('answered', 'missed')),
        property_id ${text},
        attributed_lead_id ${text},
        attributed_property_id ${text}
      )`);
    await queryRunner.query(`
      CREATE TABLE sms (
        sms_id ${text} PRIMARY KEY NOT NULL,
        customer_id ${text} NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
        occurred_at bigint NOT NULL,
        message_length integer NOT NULL CHECK (message_length >= 0),
        direction ${text} NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
        property_id ${text},
        attributed_lead_id ${text},
        attributed_property_id ${text}
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
