import type { ImportConnection } from './dialect/import-dialect.js';
import type { SqlValue } from './import.types.js';

/**
 * Writes `rows` (each one value per column) into `table` through the connection's bulk writer,
 * in batches of the size the writer takes, so a long list never becomes one statement past the
 * engine's limits; a failure aborts the writer before it is thrown.
 */
export async function writeRows(connection: ImportConnection, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  if (rows.length === 0) return;
  const writer = connection.openWriter(table, columns);
  try {
    for (let at = 0; at < rows.length; at += writer.batchRows) {
      const some = rows.slice(at, at + writer.batchRows);
      await writer.write(some.flat(), some.length);
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.end();
}
