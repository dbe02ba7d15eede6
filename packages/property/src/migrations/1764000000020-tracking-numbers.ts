import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/** The windows of the business's tracking numbers (TrackingNumber). */
export class TrackingNumbers1764000000020 implements MigrationInterface {
  name = 'TrackingNumbers1764000000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`
      CREATE TABLE tracking_numbers (
        window_id ${text} PRIMARY KEY NOT NULL,
        tracking_number ${text} NOT NULL,
        property_id ${text} NOT NULL REFERENCES listings (property_id) ON DELETE CASCADE,
        valid_from bigint,
        valid_to bigint
      )`);
    // Tagging and re-tagging look a number's windows up by number, in order.
    await queryRunner.query(`CREATE INDEX idx_tracking_numbers_number ON tracking_numbers (tracking_number, valid_from)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE tracking_numbers`);
  }
}
