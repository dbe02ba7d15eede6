import type { EntityManager, QueryRunner } from 'typeorm';
import type { TableLayout } from '../dialect.js';

/** The advisory lock distributions take turns on (the tests' schema drops take it too: test-utils). */
export const DISTRIBUTION_LOCK_KEY = "hashtext('hcdm distribute')";

interface ForeignKey {
  readonly table: string;
  readonly name: string;
  readonly definition: string;
  readonly referenced: string;
}

/**
 * Citus's side of Dialect.distribute. Citus asks three things of a split table: its primary
 * key holds the distribution column (so `leads` becomes keyed by (customer_id, lead_id)); a
 * foreign key between split tables holds it too (leads to customers does); and no table copied
 * to every node refers to a split one (customer_aliases to customers is left out: merges keep
 * that link themselves). Creating a copied table while others still refer to it would turn
 * them into Citus local tables, so every foreign key among the tables is dropped first and
 * made again once all are placed. Tables Citus already manages are left as they are, so a
 * database distributed by hand (or half-way) is completed, not refused; tables the database
 * does not have are left out.
 */
export async function distributeOnCitus(queryRunner: QueryRunner, given: TableLayout): Promise<void> {
  const layout = await presentTables(queryRunner, given);
  const tables = [...layout.split, ...layout.copied];
  const placed = new Set(
    ((await queryRunner.query(`SELECT logicalrelid::regclass::text AS name FROM pg_dist_partition`)) as { name: string }[]).map((row) => row.name),
  );
  if (tables.every((table) => placed.has(table))) return;
  // One distribution at a time per database, until this transaction ends: two made side by side
  // (two schemas' tables, or one's while another's are dropped) can deadlock across the nodes,
  // and Citus then cancels one ("involved in a distributed deadlock").
  await takeLayoutTurnOnCitus(queryRunner);
  // One connection per worker for the whole migration: Citus refuses DDL on a table after a
  // parallel command touched it, or one it refers to, in the same transaction.
  await queryRunner.query(`SET LOCAL citus.multi_shard_modify_mode = 'sequential'`);
  const keys = (await queryRunner.query(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition, confrelid::regclass::text AS referenced
       FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1) ORDER BY conrelid::regclass::text, conname`,
    [tables],
  )) as ForeignKey[];
  for (const key of keys) await queryRunner.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  for (const table of layout.split) await keyByDistributionColumn(queryRunner, table, layout.distributionColumn);
  for (const table of layout.copied) {
    if (!placed.has(table)) await queryRunner.query(`SELECT create_reference_table($1)`, [table]);
  }
  // The anchor is placed with the table the layout names, or opens a colocation group of its own
  // ('none'), and the rest join it. Citus's 'default' would put it in the database's shared group
  // of same-typed tables, and creating a table there locks the group's first table, which may be
  // anyone's: in the tests, another schema's customers, mid-import; the CI's deadlocks in
  // create_distributed_table, after the lock above, were that.
  const [anchor] = layout.split;
  for (const table of layout.split) {
    if (placed.has(table)) continue;
    // The layout's table first; else a table of the layout split by hand before keeps its
    // group, and the anchor joins it.
    const colocateWith = table === anchor ? (layout.colocateWith ?? layout.split.find((other) => placed.has(other)) ?? 'none') : anchor;
    await queryRunner.query(`SELECT create_distributed_table($1, $2, colocate_with => $3)`, [table, layout.distributionColumn, colocateWith]);
  }
  const split = new Set(layout.split);
  for (const key of keys) {
    if (layout.copied.includes(key.table) && split.has(key.referenced)) continue;
    await queryRunner.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
  }
}

/** The layout without the tables the database does not have (a package's tests make only their own). */
async function presentTables(queryRunner: QueryRunner, layout: TableLayout): Promise<TableLayout> {
  const present = new Set(
    ((await queryRunner.query(`SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL`, [[...layout.split, ...layout.copied]])) as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  return { ...layout, split: layout.split.filter((table) => present.has(table)), copied: layout.copied.filter((table) => present.has(table)) };
}

/** Makes the table's primary key begin with the distribution column, where it does not hold it yet. */
async function keyByDistributionColumn(queryRunner: QueryRunner, table: string, column: string): Promise<void> {
  const [primary] = (await queryRunner.query(
    `SELECT c.conname AS name, array_agg(a.attname::text ORDER BY k.position) AS columns
       FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       WHERE c.conrelid = $1::regclass AND c.contype = 'p' GROUP BY c.conname`,
    [table],
  )) as { name: string; columns: string[] }[];
  if (primary === undefined || primary.columns.includes(column)) return;
  await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${quote(primary.name)}, ADD PRIMARY KEY (${[column, ...primary.columns].join(', ')})`);
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Citus's side of Dialect.takeLayoutTurn: the advisory lock distributions take turns on, held to
 * the transaction's end. Why a transaction takes it before locking a table: every reference
 * table of the database is in one colocation group, and `create_reference_table` reads one of
 * the group's tables, which may be another schema's. An import that dropped that table's indexes
 * (AccessExclusiveLock) and then waited for the turn to place its precomputed tables, while the
 * holder of the turn waited to read the table, was the CI's deadlock; Citus cancelled the import
 * each of its five runs.
 */
export async function takeLayoutTurnOnCitus(runner: Pick<QueryRunner, 'query'>): Promise<void> {
  await runner.query(`SELECT pg_advisory_xact_lock(${DISTRIBUTION_LOCK_KEY})`);
}

/** Citus's side of Dialect.isPlacedLike: the two tables in one colocation group, or neither split. */
export async function isPlacedLikeOnCitus(manager: EntityManager, table: string, like: string): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = to_regclass($1))
        IS NOT DISTINCT FROM (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = to_regclass($2)) AS alike`,
    [table, like],
  )) as { alike: boolean }[];
  return row?.alike === true;
}
