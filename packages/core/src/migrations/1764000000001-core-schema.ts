import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoreSchema1764000000001 implements MigrationInterface {
  name = 'CoreSchema1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customers (
        customer_id varchar PRIMARY KEY NOT NULL,
        name varchar NOT NULL,
        phone varchar NOT NULL,
        email varchar
      )`);
    // The customer summary looks customers up by normalized phone.
    await queryRunner.query(`CREATE INDEX idx_customers_phone ON customers (phone)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE customers`);
  }
}
