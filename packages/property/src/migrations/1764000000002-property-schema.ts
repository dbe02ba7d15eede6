import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf } from '@hcdm/core';

export class PropertySchema1764000000002 implements MigrationInterface {
  name = 'PropertySchema1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // varchar, with the "C" collation on PostgreSQL: text sorts by bytes on both (see Dialect.textColumnType).
    const text = dialectOf(queryRunner).textColumnType;
    await queryRunner.query(`
      CREATE TABLE listings (
        property_id ${text} PRIMARY KEY NOT NULL,
        title ${text} NOT NULL,
        location ${text} NOT NULL,
        price double precision NOT NULL CHECK (price >= 0),
        bedrooms integer,
        kind ${text}
      )`);
    await queryRunner.query(`CREATE INDEX idx_listings_location ON listings (location)`);
    await queryRunner.query(`
      CREATE TABLE leads (
        lead_id ${text} PRIMARY KEY NOT NULL,
        customer_id ${text} NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
        property_id ${text} NOT NULL REFERENCES listings (property_id) ON DELETE CASCADE,
        created_at bigint NOT NULL,
        status ${text},
        source ${text}
      )`);
    // The attribution rule looks up "the customer's latest lead at or before t", optionally on one listing.
    await queryRunner.query(`CREATE INDEX idx_leads_customer_time ON leads (customer_id, created_at, lead_id)`);
    await queryRunner.query(
      `CREATE INDEX idx_leads_customer_listing_time ON leads (customer_id, property_id, created_at, lead_id)`,
    );
    await queryRunner.query(`CREATE INDEX idx_leads_property ON leads (property_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE leads`);
    await queryRunner.query(`DROP TABLE listings`);
  }
}
