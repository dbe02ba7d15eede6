import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row counting the writes that changed the data (`markDataChanged`): figures precomputed
 * from the data remember the generation they were built from, and are used only while it is
 * still the current one, so they can never be stale. `precomputed_generation` is the generation
 * the precomputed figures (`@hcdm/analyses`) were last built from; null before the first build.
 */
export class DataGeneration1764000000033 implements MigrationInterface {
  name = 'DataGeneration1764000000033';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE data_generation (id integer PRIMARY KEY NOT NULL, generation bigint NOT NULL, precomputed_generation bigint)`);
    await queryRunner.query(`INSERT INTO data_generation (id, generation) VALUES (1, 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_generation`);
  }
}
