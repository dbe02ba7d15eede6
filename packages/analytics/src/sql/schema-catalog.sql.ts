/**
 * The tables and columns of the database, from the engine's own catalog: one row a column,
 * `table, column, type, nullable`, by table name and then in the table's column order.
 * Each engine names its types its own way (SQLite as declared, PostgreSQL as information_schema
 * has them).
 */
export const SCHEMA_CATALOG_SQL: Readonly<Record<'sqlite' | 'postgres', string>> = {
  sqlite: `SELECT m.name AS "table", c.name AS "column", c.type AS "type", CASE WHEN c."notnull" = 0 THEN 'yes' ELSE 'no' END AS "nullable"
    FROM sqlite_master m JOIN pragma_table_info(m.name) c
    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
    ORDER BY m.name, c.cid`,
  postgres: `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type", CASE WHEN c.is_nullable = 'YES' THEN 'yes' ELSE 'no' END AS "nullable"
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position`,
};
