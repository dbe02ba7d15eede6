import type { ValueTransformer } from 'typeorm';

/**
 * Instants are stored as milliseconds since the epoch in a bigint column: they compare as
 * instants on every engine, index compactly, and need no dialect-specific date functions.
 * PostgreSQL returns bigint as a string, hence Number().
 */
export const epochMsTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => (value == null ? value : value.getTime()),
  from: (value: number | string | null) => (value == null ? null : new Date(Number(value))),
};
