import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/**
 * The tracking number a call or SMS came in on (or went out from), kept where it chose the
 * record's listing, so importing the numbers' windows again can tag the record again.
 */
export class RecordTrackingNumber1764000000021 implements MigrationInterface {
  name = 'RecordTrackingNumber1764000000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`ALTER TABLE calls ADD COLUMN tracking_number ${text}`);
    await queryRunner.query(`ALTER TABLE sms ADD COLUMN tracking_number ${text}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sms DROP COLUMN tracking_number`);
    await queryRunner.query(`ALTER TABLE calls DROP COLUMN tracking_number`);
  }
}
