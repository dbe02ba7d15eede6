import { spawnSync } from 'node:child_process';
import { redactDatabaseUrl } from '@hcdm/core';
import { checked, runMeasured, type MeasuredRun } from './process.measure.js';

/**
 * The PostgreSQL server the benchmark runs on, given as a URL whose database is only where
 * the benchmark connects to create and drop its own. The password goes to child processes as
 * PGPASSWORD in this process's environment (node-postgres and psql both read it), never in an
 * argument or a printed line.
 */
export class PostgresServer {
  private readonly base: URL;

  constructor(url: string) {
    this.base = new URL(url);
    const password = decodeURIComponent(this.base.password);
    this.base.password = '';
    if (password !== '') process.env.PGPASSWORD = password;
  }

  /** The URL of a database on this server, without the password. */
  urlOf(database: string): string {
    const url = new URL(this.base);
    url.pathname = `/${database}`;
    return url.toString();
  }

  /** Where to print: the server's URL without its password (one in the query string too). */
  get label(): string {
    return redactDatabaseUrl(this.base.toString());
  }

  /** A new database of that name (dropped first if it exists): empty, or a copy of `template`. */
  recreate(database: string, template?: string): void {
    const create = template === undefined ? `CREATE DATABASE ${database}` : `CREATE DATABASE ${database} TEMPLATE ${template}`;
    for (const sql of [`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, create]) this.psql(this.base.toString(), ['-c', sql]);
  }

  drop(database: string): void {
    this.psql(this.base.toString(), ['-c', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
  }

  /** psql's version, or null when there is no psql. */
  psqlVersion(): string | null {
    const probe = spawnSync('psql', ['--version'], { encoding: 'utf8' });
    return probe.status === 0 ? probe.stdout.trim() : null;
  }

  /** The server's version string. */
  serverVersion(): string {
    return this.scalar('SHOW server_version');
  }

  /** The one value `sql` answers, as text, run in the database of the URL given. */
  scalar(sql: string): string {
    return this.psql(this.base.toString(), ['-tAc', sql]).stdout.trim();
  }

  /** Runs `sql` (one or more statements) in the database of the URL given. */
  execute(sql: string): void {
    this.psql(this.base.toString(), ['-c', sql]);
  }

  /** Runs a psql script against `url`, stopping at the first error, measured as a whole process. */
  runScript(url: string, script: string): MeasuredRun {
    return checked(runMeasured('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1'], { input: script }), 'psql');
  }

  /** pg_dump's schema of `tables` of the database at `url`, one section of it. */
  schemaOf(url: string, tables: readonly string[], section: 'pre-data' | 'post-data'): string {
    const args = ['--schema-only', `--section=${section}`, '--no-owner', ...tables.flatMap((table) => ['-t', table]), url];
    return checked(runMeasured('pg_dump', args), 'pg_dump').stdout;
  }

  private psql(url: string, args: readonly string[]): MeasuredRun {
    return checked(runMeasured('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', ...args]), 'psql');
  }
}
