import { PostgresServer } from './postgres-server.js';

/**
 * The Citus coordinator the benchmark runs on, given as the URL of a database that has the
 * `citus` extension and its workers registered. Each import goes into a schema of its own in
 * that database (its search path): a new database would need the extension made on every
 * worker too, which is the cluster owner's to do, not the benchmark's.
 */
export class CitusCoordinator {
  private readonly server: PostgresServer;
  private readonly url: URL;

  constructor(url: string) {
    this.server = new PostgresServer(url);
    this.url = new URL(url);
    this.url.password = '';
  }

  get label(): string {
    return this.server.label;
  }

  /** Citus's version, or an error naming the URL when the database has no `citus` extension. */
  citusVersion(): string {
    const version = this.server.scalar(`SELECT COALESCE((SELECT extversion FROM pg_extension WHERE extname = 'citus'), '')`);
    if (version === '') throw new Error(`--citus: ${this.label} has no citus extension (CREATE EXTENSION citus, and the workers registered)`);
    return version;
  }

  /** How the cluster splits a table hcdm lays out: its shard count (the session's default) and its active workers. */
  layout(): { shards: number; workers: number } {
    return {
      shards: Number(this.server.scalar('SHOW citus.shard_count')),
      workers: Number(this.server.scalar('SELECT COUNT(*) FROM citus_get_active_worker_nodes()')),
    };
  }

  /** The server's PostgreSQL version. */
  serverVersion(): string {
    return this.server.serverVersion();
  }

  /** A new, empty schema of that name (dropped first with its shards if it exists). */
  recreateSchema(schema: string): void {
    this.dropSchema(schema);
    this.server.execute(`CREATE SCHEMA ${schema}`);
  }

  dropSchema(schema: string): void {
    this.server.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  /** The URL hcdm is given: the coordinator's database, with the schema as its search path. */
  urlOf(schema: string): string {
    const url = new URL(this.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  }
}
