import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

/**
 * The aliases merges leave behind and what each merge moved. customer_id has no ON DELETE
 * CASCADE: deleting a customer that others were merged into must fail rather than silently
 * forget the merges (and with them the way back).
 */
export class IdentitySchema1764000000010 implements MigrationInterface {
  name = 'IdentitySchema1764000000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    // varchar, with the "C" collation on PostgreSQL: text sorts by bytes on both (see Dialect.textColumnType).
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`
      CREATE TABLE customer_aliases (
        alias_id ${text} PRIMARY KEY NOT NULL,
        customer_id ${text} NOT NULL REFERENCES customers (customer_id),
        name ${text} NOT NULL,
        phone ${text} NOT NULL,
        email ${text}
      )`);
    // A merge re-points the aliases of the customer it merges away; an unmerge finds them back.
    await queryRunner.query(`CREATE INDEX idx_customer_aliases_customer ON customer_aliases (customer_id)`);
    await queryRunner.query(`
      CREATE TABLE customer_alias_moves (
        alias_id ${text} NOT NULL REFERENCES customer_aliases (alias_id) ON DELETE CASCADE,
        record_kind ${text} NOT NULL CHECK (record_kind IN ('lead', 'call', 'sms', 'alias')),
        record_id ${text} NOT NULL,
        PRIMARY KEY (alias_id, record_kind, record_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE customer_alias_moves`);
    await queryRunner.query(`DROP TABLE customer_aliases`);
  }
}
