import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '../dialect/dialect.chooser.js';

export class CoreSchema1764000000001 implements MigrationInterface {
  name = 'CoreSchema1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // varchar, with the "C" collation on PostgreSQL: text sorts by bytes on both (see Dialect.textColumnType).
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`
      CREATE TABLE customers (
        customer_id ${text} PRIMARY KEY NOT NULL,
        name ${text} NOT NULL,
        phone ${text} NOT NULL,
        email ${text}
      )`);
    // The customer summary looks customers up by normalized phone.
    await queryRunner.query(`CREATE INDEX idx_customers_phone ON customers (phone)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE customers`);
  }
}
