import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHcdmDataSource } from './data-source.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(database: string): unknown {
  try {
    createHcdmDataSource({ database, entities: [], migrations: [] });
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${database} to be refused`);
}

describe('createHcdmDataSource refuses what it cannot open, in one line, before opening it', () => {
  it('a folder given as the SQLite file', () => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-ds-'));
    mkdirSync(join(dir, 'crm'));
    expect(refusal(join(dir, 'crm'))).toMatchObject({ code: 'NOT_A_DATABASE', message: `${join(dir, 'crm')}: is a folder, not an SQLite database file` });
  });

  it('a file that is not SQLite', () => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-ds-'));
    writeFileSync(join(dir, 'notes.txt'), 'meeting at 10\n');
    expect(refusal(join(dir, 'notes.txt'))).toMatchObject({ code: 'NOT_A_DATABASE', message: `${join(dir, 'notes.txt')}: is not an SQLite database` });
  });

  it.each([
    ['postgres://hcdm:secret@db.example:notaport/crm', 'postgres://hcdm:***@db.example:notaport/crm', 'its port is not a number (notaport)'],
    ['postgres://hcdm:secret@db example:5432/crm', 'postgres://hcdm:***@db example:5432/crm', 'it cannot be read as a URL'],
    ['postgresql://hcdm@[::1/crm', 'postgresql://hcdm@[::1/crm', 'it cannot be read as a URL'],
  ])('a malformed PostgreSQL URL: %s, its password hidden', (url, label, why) => {
    expect(refusal(url)).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: `${label}: is not a PostgreSQL URL like postgres://user@host:5432/database: ${why}`,
    });
  });

  it('a well-formed URL is only read, not connected to, here', () => {
    expect(createHcdmDataSource({ database: 'postgres://hcdm:secret@127.0.0.1:1/crm', entities: [], migrations: [] }).isInitialized).toBe(false);
  });
});

describe('createHcdmDataSource on a PostgreSQL URL', () => {
  it.each([
    ['postgres://hcdm@127.0.0.1:1/crm', 'hcdm'],
    ['postgres://hcdm@127.0.0.1:1/crm?application_name=nightly-import', 'nightly-import'],
  ])('names its sessions as the server lists them (pg_stat_activity): %s as %s', (database, name) => {
    const dataSource = createHcdmDataSource({ database, entities: [], migrations: [] });
    expect((dataSource.options as { applicationName?: string }).applicationName).toBe(name);
  });
});
